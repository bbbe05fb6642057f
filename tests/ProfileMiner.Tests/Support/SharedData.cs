namespace ProfileMiner.Tests.Support;

/// <summary>
/// Skips a test whose shared data (gold labels, real PDFs) is absent, with the reason; on CI
/// (<c>CI=true</c>) the data must be there, so the test fails instead of hiding behind a skip.
/// </summary>
internal static class SharedData
{
    public static void Require(bool present, string what)
    {
        if (present)
        {
            return;
        }

        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"{what} is missing on CI: the shared data must sit beside the checkout (../shared)");
        Skip.If(true, $"{what} is not here: it is shared data, not part of the repository");
    }
}
