namespace ProfileMiner.Model;

/// <summary>The units GUIDE.md allows for <see cref="MetricMention.Unit"/>.</summary>
public static class MetricUnits
{
#pragma warning disable CS1591 // The names are the values.
    public const string Percent = "percent";
    public const string PercentagePoints = "percentage_points";
    public const string Gbp = "gbp";
    public const string Per100k = "per_100k";
    public const string Count = "count";
    public const string Score = "score";
    public const string Ratio = "ratio";
    public const string Days = "days";
    public const string Weeks = "weeks";
    public const string Months = "months";
    public const string Years = "years";
    public const string Hours = "hours";
#pragma warning restore CS1591
}
