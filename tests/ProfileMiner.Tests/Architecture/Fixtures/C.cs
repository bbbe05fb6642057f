namespace ProfileMiner.Tests.Architecture.Fixtures.C;

/// <summary>A fixture of <see cref="StageCycleTests"/>: a stage others use that uses none.</summary>
internal static class Leaf
{
    public static int One() => 1;
}
