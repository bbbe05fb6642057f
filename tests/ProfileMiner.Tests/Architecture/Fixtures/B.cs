using ProfileMiner.Tests.Architecture.Fixtures.A;
using ProfileMiner.Tests.Architecture.Fixtures.C;

namespace ProfileMiner.Tests.Architecture.Fixtures.B;

/// <summary>A fixture of <see cref="StageCycleTests"/>: uses stage A in a signature, and stage C, which uses neither.</summary>
internal static class Callee
{
    public static int Value() => Leaf.One();

    public static int Of(Holder holder) => holder.Later();
}
