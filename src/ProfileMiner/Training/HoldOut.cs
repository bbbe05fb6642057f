namespace ProfileMiner.Training;

/// <summary>What <c>train</c>'s cross-validation holds out whole in each fold.</summary>
public enum HoldOut
{
    /// <summary>Council sections (<c>doc|council</c>): no passage of a held-out section is trained on (the default).</summary>
    Section,

    /// <summary>
    /// Whole documents: every section of a held-out document, and its weak labels, are left out of
    /// training, so each document is scored by models that never saw its kind of text.
    /// </summary>
    Document,
}
