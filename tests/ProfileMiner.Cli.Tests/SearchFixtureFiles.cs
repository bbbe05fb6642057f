using ProfileMiner.Tests.Support;

namespace ProfileMiner.Cli.Tests;

/// <summary>Two small council documents, and a copy of one, for the search commands and the search page.</summary>
internal static class SearchFixtureFiles
{
    public static void WriteTo(TempDirectory temp)
    {
        temp.Write("in/bury.md", """
            # Bury adult social care self-assessment 2016/17

            Name of Local Authority: Bury

            ## Hospital discharge

            Delayed transfers of care fell by 12% in 2016/17 after the discharge team moved into the hospital.

            ## Carers

            We completed 1,200 carers' assessments and refreshed the carer strategy with our partners.
            """);
        temp.Write("in/wigan.md", """
            # Wigan improvement profile 2016/17

            Name of Local Authority: Wigan

            ## Integration

            DToC remained in the top quartile nationally, helped by the Better Care Fund.

            The Shared Lives scheme grew to 60 carers offering short breaks.
            """);
        File.Copy(temp.File("in/bury.md"), temp.File("in/bury-copy.md"));
    }
}
