namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// Flags pages whose text layer looks like unchecked OCR: words that mix letters or digits with
/// stray symbols (<c>C~</c>, <c>CON~D</c>, <c>20]</c>) or are such symbols alone. Typeset text almost
/// never has them, so a few percent of a page's words is already telling; on a page whose text is
/// drawn invisibly over a scan (an OCR layer), a tenth of that share is enough. It only warns: the
/// text is kept as it is and no character is guessed.
/// </summary>
internal static class NoisyTextDetector
{
    /// <summary>True when the page's text layer looks noisy.</summary>
    public static bool IsNoisy(PdfPageContent page, PdfReaderOptions options)
    {
        var words = page.Words;
        if (words.Count < options.NoisyMinWords)
        {
            return false;
        }

        var odd = 0;
        foreach (var word in words)
        {
            if (IsOdd(word.Text))
            {
                odd++;
            }
        }

        var share = (double)odd / words.Count;
        var ocrLayer = page.HiddenWords * 2 > words.Count;
        return share >= options.NoisyTokenShare || (ocrLayer && odd > 0 && share >= options.NoisyTokenShare / 10);
    }

    internal static bool IsOdd(string word)
    {
        if (word.Contains('@', StringComparison.Ordinal) || word.Contains("://", StringComparison.Ordinal))
        {
            return false; // e-mail addresses and links
        }

        var symbols = 0;
        var alnum = 0;
        var brackets = 0;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                alnum++;
            }
            else if (c == '[')
            {
                brackets++;
            }
            else if (c == ']')
            {
                brackets--;
            }
            else if (IsStray(c))
            {
                symbols++;
            }
        }

        // An unbalanced square bracket beside letters or digits is usually a misread "1" or "l".
        if (brackets != 0 && alnum > 0)
        {
            symbols++;
        }

        return symbols > 0 && (alnum > 0 || word.Length <= 2);
    }

    // Symbols that typeset prose rarely puts inside or beside a word, but OCR of specks and rules does.
    private static bool IsStray(char c) =>
        c is '~' or '^' or '|' or '\\' or '{' or '}' or '`' or '¬' or '¦' or '«' or '»' or '§' or '¤' or '¢' or '¥' or '¨' or '¯' or '´' or '¸';
}
