namespace ProfileMiner.Model;

/// <summary>The structural role of a <see cref="TextBlock"/>.</summary>
public enum BlockKind
{
    /// <summary>A heading; see <see cref="TextBlock.HeadingLevel"/>.</summary>
    Heading,

    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>One item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>One row of a table; see <see cref="TextBlock.Cells"/>.</summary>
    TableRow,
}
