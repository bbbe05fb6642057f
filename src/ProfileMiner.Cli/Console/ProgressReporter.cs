using System.Globalization;
using System.Diagnostics;
using ProfileMiner.Pipeline;

namespace ProfileMiner.Cli.Console;

/// <summary>
/// Shows progress on stderr: on a terminal, one self-overwriting status line (files done, pages/s);
/// when redirected, nothing, so logs and pipes stay clean.
/// </summary>
internal sealed class ProgressReporter(CliContext context) : IProgress<PipelineProgress>, IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _lastDraw;
    private bool _drawn;

    public void Report(PipelineProgress value)
    {
        if (!context.Interactive)
        {
            return;
        }

        lock (_gate)
        {
            var now = _clock.ElapsedMilliseconds;
            if (now - _lastDraw < 100 && value.FilesDone < value.FilesTotal)
            {
                return;
            }

            _lastDraw = now;
            var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{value.Stage}: {value.FilesDone}/{value.FilesTotal} files, {value.PagesDone} pages, {value.PagesDone / seconds:0} pages/s {Path.GetFileName(value.CurrentFile ?? string.Empty)}");
            context.Error.Write("\r" + line.PadRight(100)[..100]);
            _drawn = true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                context.Error.Write("\r" + new string(' ', 100) + "\r");
                _drawn = false;
            }
        }
    }
}
