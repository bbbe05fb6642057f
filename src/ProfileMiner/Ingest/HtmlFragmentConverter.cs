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

    /// <summary>
    /// How deep elements may nest before the fragment is read as plain text instead: the HTML parser
    /// takes time that grows with the square of the depth (100,000 unclosed <c>&lt;div&gt;</c> took
    /// 74 s), and the walk below recurses once per level.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>Returns the fragment's blocks in order: each <c>p</c> a paragraph, each <c>li</c> or <c>•</c> item a list item.</summary>
    public static List<(BlockKind Kind, string Text)> Convert(string html) => Convert(html, static () => { });

    /// <summary>
    /// As <see cref="Convert(string)"/>; a fragment whose elements nest deeper than <see cref="MaxDepth"/>
    /// is one paragraph of its text, tags dropped, and <paramref name="onTooDeep"/> is called.
    /// </summary>
    public static List<(BlockKind Kind, string Text)> Convert(string html, Action onTooDeep)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(onTooDeep);
        if (Depth(html) > MaxDepth)
        {
            onTooDeep();
            var text = StripTags(html);
            return text.Length == 0 ? [] : [(BlockKind.Paragraph, text)];
        }

        var body = s_parser.ParseDocument("<body>" + html + "</body>").Body;
        var blocks = new List<(BlockKind, string)>();
        if (body is not null)
        {
            Walk(body, blocks);
        }

        return blocks;
    }

    /// <summary>Returns the fragment's text with tags removed and whitespace kept.</summary>
    public static string ToPlainText(string html) => ToPlainText(html, static () => { });

    /// <summary>As <see cref="ToPlainText(string)"/>, calling <paramref name="onTooDeep"/> as <see cref="Convert(string, Action)"/> does.</summary>
    public static string ToPlainText(string html, Action onTooDeep) =>
        string.Join(' ', Convert(html, onTooDeep).Select(b => b.Text));

    /// <summary>
    /// The deepest nesting of elements, counted in one pass over the tags: an opening tag goes one
    /// level down, a closing tag one up; void elements (<c>br</c>, <c>img</c>, ...), self-closed tags
    /// and comments do not count. Unclosed <c>p</c> and <c>li</c> count too, so this errs deep.
    /// </summary>
    internal static int Depth(string html)
    {
        var depth = 0;
        var deepest = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i + 1 < html.Length)
        {
            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                break;
            }

            var tag = html.AsSpan(i + 1, close - i - 1);
            if (tag.Length > 0 && tag[0] == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (tag.Length > 0 && char.IsAsciiLetter(tag[0]) && tag[^1] != '/' && !IsVoid(tag))
            {
                depth++;
                deepest = Math.Max(deepest, depth);
            }

            i = html.IndexOf('<', close + 1);
        }

        return deepest;
    }

    private static bool IsVoid(ReadOnlySpan<char> tag)
    {
        var end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[..end].ToString().ToLowerInvariant() is "br" or "hr" or "img" or "input" or "meta" or "link" or "wbr" or "col" or "area" or "base" or "embed" or "param" or "source" or "track";
    }

    /// <summary>The text with every tag dropped (one pass; a <c>&lt;</c> never closed is kept as text), entities decoded, whitespace folded.</summary>
    internal static string StripTags(string html)
    {
        var text = new System.Text.StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            var close = open < 0 ? -1 : html.IndexOf('>', open + 1);
            if (open < 0 || close < 0)
            {
                text.Append(html.AsSpan(i));
                break;
            }

            text.Append(html.AsSpan(i, open - i)).Append(' ');
            i = close + 1;
        }

        return DocumentBuilder.Fold(System.Net.WebUtility.HtmlDecode(text.ToString()));
    }

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
