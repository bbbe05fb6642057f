namespace ProfileMiner.Training;

/// <summary>
/// The folds of a cross-validation: the units (sections or documents, <see cref="HoldOut"/>) of
/// the scored groups dealt out by <see cref="CrossValidation.Folds"/>; any group (<c>doc|council</c>)
/// then has the fold of its unit, or none (written text, or a section with no scored labels when
/// sections are held out), and is trained on in every fold but its own.
/// </summary>
internal sealed class FoldAssignment
{
    private readonly Dictionary<string, int> _byUnit;

    private FoldAssignment(Dictionary<string, int> byUnit, HoldOut holdOut)
    {
        _byUnit = byUnit;
        HoldOut = holdOut;
    }

    /// <summary>What each fold holds out.</summary>
    public HoldOut HoldOut { get; }

    /// <summary>How many folds hold something out (fewer than asked when there are fewer units).</summary>
    public int Used => _byUnit.Values.Distinct().Count();

    /// <summary>Deals the units of <paramref name="scoredGroups"/> into <paramref name="folds"/> folds.</summary>
    public static FoldAssignment Deal(IEnumerable<string?> scoredGroups, int folds, HoldOut holdOut) =>
        new(CrossValidation.Folds(scoredGroups.OfType<string>().Select(g => Unit(g, holdOut)), folds), holdOut);

    /// <summary>How many units (sections or documents) <paramref name="groups"/> fall into.</summary>
    public static int CountUnits(IEnumerable<string?> groups, HoldOut holdOut) =>
        groups.OfType<string>().Select(g => Unit(g, holdOut)).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The fold that holds <paramref name="group"/> out, or null when none does.</summary>
    public int? Of(string? group) =>
        group is not null && _byUnit.TryGetValue(Unit(group, HoldOut), out var fold) ? fold : null;

    private static string Unit(string group, HoldOut holdOut)
    {
        if (holdOut == HoldOut.Section)
        {
            return group;
        }

        var bar = group.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? group : group[..bar];
    }
}
