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

/// <summary>The names of the block kinds as every output writes them.</summary>
public static class BlockKinds
{
    /// <summary>The snake_case name of <paramref name="kind"/>: <c>heading</c>, <c>paragraph</c>, <c>list_item</c>, <c>table_row</c>.</summary>
    public static string Name(BlockKind kind) => kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.ListItem => "list_item",
        BlockKind.TableRow => "table_row",
        _ => "paragraph",
    };
}
