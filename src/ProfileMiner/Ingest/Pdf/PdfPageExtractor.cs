using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Reads the words of one PdfPig page into <see cref="PdfWord"/>s, and the small filled paths that
/// HTML-to-PDF renderers draw as list bullets. Words come from PdfPig's
/// <see cref="DefaultWordExtractor"/>, which splits at space characters; each is split again where
/// the gap between two letters is as wide as a space, because some producers (Skia, Google Docs)
/// draw no space characters at all. This costs one pass over the letters, where PdfPig's
/// nearest-neighbour word extractor costs about three times the whole read.
/// </summary>
internal static class PdfPageExtractor
{
    /// <summary>Marker left where a line-end hyphen was removed; resolved once the whole document is known.</summary>
    public const char HyphenBreak = '\uE000';

    // A gap between letters this wide (in font sizes) is a space that was not drawn as a character.
    private const double SpaceGapEm = 0.17;

    // Bounds the work on pages that draw thousands of shapes (charts, maps).
    private const int MaxPathsInspected = 4000;

    public static PdfPageContent Extract(Page page)
    {
        var content = new PdfPageContent(page.Number, page.Width, page.Height) { HasImages = page.NumberOfImages > 0 };
        foreach (var word in page.GetWords(DefaultWordExtractor.Instance))
        {
            if (word.Letters.Count == 0)
            {
                continue;
            }

            if (word.TextOrientation != TextOrientation.Horizontal)
            {
                // Deviation: rotated text (axis labels, margin notes) is counted as a text layer but not laid out.
                content.HasText |= Clean(word.Text).Length > 0;
                continue;
            }

            var letters = word.Letters;
            var start = 0;
            for (var i = 1; i <= letters.Count; i++)
            {
                if (i < letters.Count)
                {
                    var gap = letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X;
                    if (gap < SpaceGapEm * Math.Max(letters[i].PointSize, 1))
                    {
                        continue;
                    }
                }

                AddWord(content, letters, start, i);
                start = i;
            }
        }

        if (content.Words.Count > 0)
        {
            AddMarks(page, content);
        }

        return content;
    }

    private static void AddWord(PdfPageContent content, IReadOnlyList<Letter> letters, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        double bottom = double.MaxValue, top = double.MinValue;
        for (var i = start; i < end; i++)
        {
            var letter = letters[i];
            sb.Append(letter.Value);
            var box = letter.BoundingBox;
            if (box.Height > 0)
            {
                bottom = Math.Min(bottom, box.Bottom);
                top = Math.Max(top, box.Top);
            }
        }

        var text = Clean(sb.ToString());
        if (text.Length == 0)
        {
            return;
        }

        content.HasText = true;
        var first = letters[start];

        // Horizontal extent by advance widths, as PdfPig's word boxes are: from the first letter's
        // origin to the last letter's end.
        var left = first.StartBaseLine.X;
        var right = Math.Max(letters[end - 1].EndBaseLine.X, left);
        if (bottom > top)
        {
            bottom = top = first.StartBaseLine.Y;
        }

        var size = first.PointSize;
        if (!(size > 0.5) || double.IsNaN(size))
        {
            size = Math.Max(top - bottom, 1);
        }

        if (first.RenderingMode == TextRenderingMode.Neither)
        {
            content.HiddenWords++;
        }

        content.Words.Add(new PdfWord(text, left, right, bottom, top, first.StartBaseLine.Y, size, IsBold(first)));
    }

    private static bool IsBold(Letter letter)
    {
        if (letter.FontDetails?.IsBold == true)
        {
            return true;
        }

        var name = letter.FontName;
        return name is not null
            && (name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Demi", StringComparison.OrdinalIgnoreCase));
    }

    private static void AddMarks(Page page, PdfPageContent content)
    {
        var inspected = 0;
        foreach (var path in page.Paths)
        {
            if (++inspected > MaxPathsInspected)
            {
                break;
            }

            if (path.IsClipping || !(path.IsFilled || path.IsStroked))
            {
                continue;
            }

            var box = path.GetBoundingRectangle();
            if (box is not { } r)
            {
                continue;
            }

            var w = r.Width;
            var h = r.Height;

            // A horizontal rule: a stroked line or a thin filled bar (table borders).
            if (h <= 2 && w >= 20)
            {
                content.Rules.Add((r.Left, r.Right, (r.Bottom + r.Top) / 2));
                continue;
            }

            if (!path.IsFilled)
            {
                continue;
            }

            if (w is >= 1.2 and <= 8 && h is >= 1.2 and <= 8 && Math.Abs(w - h) <= 0.35 * Math.Max(w, h))
            {
                content.Marks.Add((r.Left, r.Bottom, r.Right, r.Top));
            }
        }
    }

    /// <summary>Expands ligatures and drops control, zero-width and private marker characters.</summary>
    internal static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                '\u00A0' or '\u2009' or '\u202F' => " ",
                HyphenBreak or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' => string.Empty,
                _ when char.IsControl(c) => string.Empty,
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 4);
            sb.Append(replacement);
        }

        return (sb?.ToString() ?? text).Trim();
    }
}
