using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ProfileMiner.Model;

namespace ProfileMiner.Ingest;

/// <summary>
/// Turns an HTML fragment (as found inside table cells of exported forms: <c>&lt;p&gt;</c>,
/// <c>&lt;ul&gt;&lt;li&gt;</c>, and inline <c>•</c> bullets) into paragraphs and list items.
/// </summary>
internal static class HtmlFragmentConverter
{
    private static readonly HtmlParser s_parser = new();

    private static readonly char[] s_bullets = ['•', '●', '▪', '■', '◦', '○'];

    /// <summary>True when the text holds an HTML tag that this converter understands.</summary>
    public static bool LooksLikeHtml(string text) =>
        text.Contains("<p", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<ul", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<li", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<br", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<div", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<i>", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<b>", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<strong", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<em>", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the fragment's blocks in order: each <c>p</c> a paragraph, each <c>li</c> or <c>•</c> item a list item.</summary>
    public static List<(BlockKind Kind, string Text)> Convert(string html)
    {
        var body = s_parser.ParseDocument("<body>" + html + "</body>").Body;
        var blocks = new List<(BlockKind, string)>();
        if (body is not null)
        {
            Walk(body, blocks);
        }

        return blocks;
    }

    /// <summary>Returns the fragment's text with tags removed and whitespace kept.</summary>
    public static string ToPlainText(string html) =>
        string.Join(' ', Convert(html).Select(b => b.Text));

    private static void Walk(INode node, List<(BlockKind, string)> blocks)
    {
        var inline = new System.Text.StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element && IsBlock(element))
            {
                Flush(inline, BlockKind.Paragraph, blocks);
                if (element.LocalName == "li")
                {
                    // A list item may hold nested lists; its own text comes first.
                    var nested = element.QuerySelectorAll("ul, ol").ToList();
                    foreach (var list in nested)
                    {
                        list.Remove();
                    }

                    SplitBullets(element.TextContent, BlockKind.ListItem, blocks);
                    foreach (var list in nested)
                    {
                        Walk(list, blocks);
                    }
                }
                else
                {
                    Walk(element, blocks);
                }
            }
            else if (child is IElement { LocalName: "br" })
            {
                inline.Append('\n');
            }
            else
            {
                inline.Append(child.TextContent);
            }
        }

        Flush(inline, BlockKind.Paragraph, blocks);
    }

    private static bool IsBlock(IElement element) =>
        element.LocalName is "p" or "ul" or "ol" or "li" or "div" or "table" or "tr" or "td" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote";

    private static void Flush(System.Text.StringBuilder inline, BlockKind kind, List<(BlockKind, string)> blocks)
    {
        if (inline.Length > 0)
        {
            SplitBullets(inline.ToString(), kind, blocks);
            inline.Clear();
        }
    }

    // "Intro: • first • second" holds an intro paragraph and two list items.
    private static void SplitBullets(string text, BlockKind kind, List<(BlockKind, string)> blocks)
    {
        var parts = text.Split(s_bullets);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            if (part.Length == 0)
            {
                continue;
            }

            blocks.Add((i == 0 ? kind : BlockKind.ListItem, part));
        }
    }
}
