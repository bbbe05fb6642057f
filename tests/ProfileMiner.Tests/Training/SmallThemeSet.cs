using ProfileMiner.Training;

namespace ProfileMiner.Tests.Training;

/// <summary>A small labelled set written for the tests: three themes, two sections each.</summary>
internal static class SmallThemeSet
{
    public static IReadOnlyList<ThemeExample> Examples { get; } = Build();

    private static List<ThemeExample> Build()
    {
        var rows = new (string Text, string Theme)[]
        {
            ("Unpaid carers received a break from caring through the respite service.", "carers"),
            ("The carers strategy sets out support for family carers.", "carers"),
            ("Young carers were identified in schools and offered support.", "carers"),
            ("Carers told us they value the carers centre and its advice.", "carers"),
            ("More carers assessments were completed this year.", "carers"),
            ("Carer breaks and short breaks were expanded for families.", "carers"),
            ("Care homes rated good by the regulator increased.", "care_market"),
            ("Home care providers struggle to fill packages of care.", "care_market"),
            ("The market position statement guides providers on demand.", "care_market"),
            ("Fees paid to residential providers rose with costs.", "care_market"),
            ("Commissioners retendered domiciliary care contracts.", "care_market"),
            ("Provider quality is monitored by the contracts team.", "care_market"),
            ("Recruitment of social workers remains difficult.", "workforce"),
            ("Staff turnover and vacancies rose among care workers.", "workforce"),
            ("Training and supervision were offered to every practitioner.", "workforce"),
            ("Apprenticeships attract young people into care work.", "workforce"),
            ("A staff survey showed better morale across teams.", "workforce"),
            ("Retention of occupational therapists improved after a pay review.", "workforce"),
        };
        return [.. rows.Select((r, i) => new ThemeExample(r.Text, [r.Theme], $"doc|section{i % 2}", "test"))];
    }
}
