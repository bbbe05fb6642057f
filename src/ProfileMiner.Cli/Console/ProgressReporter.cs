using System.Diagnostics;
using System.Globalization;
using ProfileMiner.Diagnostics;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Cli.Console;

/// <summary>
/// What a run shows on stderr while it goes. Diagnostics are printed as they are found, one line
/// each (a file's when the file is read), so a log shows a bad file while the run goes on. On a
/// terminal, one self-overwriting status line follows them (files done, pages/s, and the file being
/// read when it has taken a few seconds); when stderr is redirected there is no status line, but a
/// file still being read after <see cref="NoteAfter"/> is named once on a line of its own.
/// </summary>
internal sealed class ProgressReporter(CliContext context, bool verbose = false) : IProgress<PipelineProgress>, IProgress<Diagnostic>, IDisposable
{
    /// <summary>How long a file is read, with stderr redirected, before a line names it.</summary>
    public static readonly TimeSpan NoteAfter = TimeSpan.FromSeconds(30);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);
    private long _lastDraw;
    private bool _drawn;
    private string? _line;

    /// <summary>The diagnostics printed so far.</summary>
    public int Printed { get; private set; }

    public void Report(PipelineProgress value)
    {
        lock (_gate)
        {
            if (!context.Interactive)
            {
                if (value is { SlowFor: { } slow, CurrentFile: { } file } && slow >= NoteAfter && _noted.Add(file))
                {
                    context.Error.WriteLine(DisplayText.Escape(string.Create(CultureInfo.InvariantCulture, $"profileminer: still reading {Path.GetFileName(file)} after {slow.TotalSeconds:0} s")));
                }

                return;
            }

            var now = _clock.ElapsedMilliseconds;
            if (now - _lastDraw < 100 && value.FilesDone < value.FilesTotal && value.SlowFor is null)
            {
                return;
            }

            _lastDraw = now;
            var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            var name = DisplayText.Escape(Path.GetFileName(value.CurrentFile ?? string.Empty));
            var tail = value.SlowFor is { } reading
                ? string.Create(CultureInfo.InvariantCulture, $"reading {name} for {reading.TotalSeconds:0} s")
                : name;
            _line = string.Create(CultureInfo.InvariantCulture,
                $"{value.Stage}: {value.FilesDone}/{value.FilesTotal} files, {value.PagesDone} pages, {value.PagesDone / seconds:0} pages/s {tail}");
            Draw();
        }
    }

    /// <summary>Prints a diagnostic now (above the status line); information only with --verbose, but for the lines a user waits on.</summary>
    public void Report(Diagnostic value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!DiagnosticPrinter.Shows(value, verbose))
        {
            return;
        }

        lock (_gate)
        {
            Clear();
            context.Error.WriteLine(DiagnosticPrinter.Line(value));
            Printed++;
            if (_line is not null)
            {
                Draw();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Clear();
            _line = null;
        }
    }

    private void Draw()
    {
        context.Error.Write("\r" + _line!.PadRight(100)[..100]);
        _drawn = true;
    }

    private void Clear()
    {
        if (_drawn)
        {
            context.Error.Write("\r" + new string(' ', 100) + "\r");
            _drawn = false;
        }
    }
}
