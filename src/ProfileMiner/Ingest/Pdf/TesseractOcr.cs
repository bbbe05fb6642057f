using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Diagnostics;

namespace ProfileMiner.Ingest.Pdf;

/// <summary>
/// OCR by the Tesseract program (Debian package <c>tesseract-ocr</c>), run once per page image as
/// <c>tesseract IMAGE stdout -l eng --psm 3 tsv</c>: its TSV output gives each word with its box,
/// line and confidence. The program is looked for on the PATH once; when it is missing,
/// <see cref="IsAvailable"/> is false and the reader says so in one line. Tesseract's own threads are
/// limited to one (<c>OMP_THREAD_LIMIT=1</c>), since the pipeline already reads documents in parallel
/// and OpenMP threads on a busy machine make it slower, not faster.
/// </summary>
public sealed class TesseractOcr : IPageOcr
{
    private readonly Lazy<bool> _available;

    /// <summary>Creates an engine that runs <paramref name="executable"/> (a name looked up on the PATH, or a path).</summary>
    /// <exception cref="ArgumentException"><paramref name="executable"/> is null or blank.</exception>
    public TesseractOcr(string executable = "tesseract")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        Executable = executable;
        _available = new(() => Find(executable) is not null);
    }

    /// <summary>Tesseract from the PATH, English, two minutes a page at most.</summary>
    public static TesseractOcr Default { get; } = new();

    /// <summary>The program run.</summary>
    public string Executable { get; }

    /// <summary>The Tesseract language (default <c>eng</c>, which the Debian package installs).</summary>
    public string Language { get; init; } = "eng";

    /// <summary>Longest time one page may take (default two minutes); then the program is stopped and the page is not read.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <inheritdoc />
    public string Name => "tesseract";

    /// <inheritdoc />
    public bool IsAvailable => _available.Value;

    /// <inheritdoc />
    public IReadOnlyList<OcrWord> Recognize(ReadOnlyMemory<byte> image, string extension, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        var file = Path.Combine(Path.GetTempPath(), "profileminer-ocr-" + Guid.NewGuid().ToString("N") + extension);
        try
        {
            using (var stream = File.Create(file))
            {
                stream.Write(image.Span);
            }

            return Parse(Run(file, cancellationToken));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Parses Tesseract's TSV output (level, page, block, paragraph, line, word, left, top, width,
    /// height, confidence, text): the rows of level 5 with text are the words. Malformed rows are skipped.
    /// </summary>
    internal static List<OcrWord> Parse(string tsv)
    {
        var words = new List<OcrWord>();
        foreach (var row in tsv.Split('\n'))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != "5" || string.IsNullOrWhiteSpace(f[11]))
            {
                continue;
            }

            if (!TryInt(f[2], out var block) || !TryInt(f[3], out var paragraph) || !TryInt(f[4], out var line)
                || !TryInt(f[6], out var left) || !TryInt(f[7], out var top) || !TryInt(f[8], out var width) || !TryInt(f[9], out var height)
                || !double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                continue;
            }

            words.Add(new OcrWord(f[11].Trim(), left, top, width, height, (((block * 1000) + paragraph) * 1000) + line, confidence));
        }

        return words;
    }

    private string Run(string file, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in new[] { file, "stdout", "-l", Language, "--psm", "3", "tsv" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new OcrException($"{Executable} could not be started ({ExceptionText.Describe(ex)})", ex);
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            process.WaitForExitAsync(timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new OcrException(string.Create(CultureInfo.InvariantCulture, $"{Name} took more than {Timeout.TotalSeconds:0} s"));
        }

        if (process.ExitCode != 0)
        {
            var reason = error.GetAwaiter().GetResult().Trim().Split('\n')[^1].Trim();
            throw new OcrException(string.Create(CultureInfo.InvariantCulture, $"{Name} exited with code {process.ExitCode}: {reason}"));
        }

        return output.GetAwaiter().GetResult();
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static string? Find(string executable)
    {
        if (executable.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || executable.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(executable) ? executable : null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { executable + ".exe", executable } : [executable];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
