using ProfileMiner.Tests.Architecture.Fixtures.B;

namespace ProfileMiner.Tests.Architecture.Fixtures.A;

/// <summary>A fixture of <see cref="StageCycleTests"/>: uses stage B only inside a lambda's body.</summary>
internal sealed class Holder
{
    public Func<int> Later { get; } = () => Callee.Value();
}
