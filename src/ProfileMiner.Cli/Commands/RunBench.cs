using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ProfileMiner.Cli.Console;

namespace ProfileMiner.Cli.Commands;

/// <summary>
/// Whole <c>run</c>s timed as a user meets them, each in a fresh process (start-up and JIT
/// included), side by side with poppler's <c>pdftotext</c> over the same PDFs in the same minutes,
/// interleaved, so the ratios hold on a busy machine: a cold run into a fresh folder, a warm run with
/// nothing changed, a run after one file changed, a one-shot <c>search</c>, and, with
/// <c>--scale N</c>, a cold run over N varied copies of the PDFs.
/// </summary>
internal static class RunBench
{
    public static void Write(CliContext context, string pdfFolder, int repeat, int scale)
    {
        var o = context.Out;
        var pdfs = Directory.EnumerateFiles(pdfFolder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        var temp = Path.Combine(Path.GetTempPath(), "pm-bench-run-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The PDFs copied, so a changed file does not touch the repository.
            var input = Path.Combine(temp, "in");
            Directory.CreateDirectory(input);
            foreach (var pdf in pdfs)
            {
                File.Copy(pdf, Path.Combine(input, Path.GetFileName(pdf)));
            }

            var poppler = FindOnPath("pdftotext");
            var rows = new List<(string Step, List<Timing> Ours, List<Timing> Reference)>
            {
                ("cold run, fresh --out", [], []), ("warm run, nothing changed", [], []), ("run after one file changed", [], []), ("one-shot search", [], []),
            };
            for (var pass = 0; pass < repeat; pass++)
            {
                var output = Path.Combine(temp, "out" + pass.ToString(CultureInfo.InvariantCulture));
                Timing? reference = poppler is null ? null : Pdftotext(poppler, Directory.EnumerateFiles(input, "*.pdf").Order(StringComparer.Ordinal));
                rows[0].Ours.Add(Self(["run", input, "--out", output, "--json"]));
                rows[1].Ours.Add(Self(["run", input, "--out", output, "--json"]));
                Touch(Directory.EnumerateFiles(input, "*.pdf").Order(StringComparer.Ordinal).First(), pass);
                rows[2].Ours.Add(Self(["run", input, "--out", output, "--json"]));
                rows[3].Ours.Add(Self(["search", "delayed transfers of care", "--out", output, "--json"]));
                foreach (var row in rows)
                {
                    if (reference is not null)
                    {
                        row.Reference.Add(reference.Value);
                    }
                }
            }

            var pages = pdfs.Count;
            o.WriteLine();
            o.WriteLine(Invariant($"Whole runs over the {pdfs.Count} PDFs of {pdfFolder.Replace('\\', '/')}, each a fresh process, medians of {repeat} interleaved passes; `pdftotext -layout` over the same files in the same passes ({(poppler is null ? "not installed: no ratios" : "poppler")}). The ratio is pdftotext's time over ours: our throughput as a share of its."));
            o.WriteLine();
            o.WriteLine("| step | wall s | CPU s | peak MiB | pdftotext wall s | ratio |");
            o.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (step, ours, reference) in rows)
            {
                WriteRow(o, step, ours, reference, step.StartsWith("cold", StringComparison.Ordinal));
            }

            if (scale > 1)
            {
                var big = Path.Combine(temp, "big");
                Directory.CreateDirectory(big);
                for (var copy = 0; copy < scale; copy++)
                {
                    foreach (var pdf in pdfs)
                    {
                        var target = Path.Combine(big, Invariant($"{copy:000}-{Path.GetFileName(pdf)}"));
                        File.Copy(pdf, target);
                        Touch(target, copy);
                    }
                }

                Timing? reference = poppler is null ? null : Pdftotext(poppler, Directory.EnumerateFiles(big, "*.pdf").Order(StringComparer.Ordinal));
                var ours = Self(["run", big, "--out", Path.Combine(temp, "out-big"), "--json"]);
                WriteRow(o, Invariant($"cold run, {scale}x ({scale * pages} files)"), [ours], reference is null ? [] : [reference.Value], ratio: true);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void WriteRow(TextWriter o, string step, List<Timing> ours, List<Timing> reference, bool ratio)
    {
        var wall = Median(ours.Select(t => t.Wall));
        var cpu = Median(ours.Select(t => t.Cpu));
        var peak = ours.Max(t => t.PeakMiB);
        var pdftotext = reference.Count > 0 ? Median(reference.Select(t => t.Wall)) : double.NaN;
        var shown = ratio && reference.Count > 0 ? Invariant($"{pdftotext / wall:0.000}x") : "-";
        var failed = ours.Any(t => t.ExitCode != 0) ? " (a run failed: exit code " + ours.First(t => t.ExitCode != 0).ExitCode.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty;
        o.WriteLine(Invariant($"| {step}{failed} | {wall:0.000} | {cpu:0.000} | {(peak > 0 ? peak.ToString("0", CultureInfo.InvariantCulture) : "-")} | {(double.IsNaN(pdftotext) ? "-" : pdftotext.ToString("0.000", CultureInfo.InvariantCulture))} | {shown} |"));
    }

    // Changes a PDF's bytes, not its text: a comment after the end of the file.
    private static void Touch(string pdf, int stamp) => File.AppendAllText(pdf, Invariant($"\n% changed {stamp}\n"));

    private static Timing Pdftotext(string poppler, IEnumerable<string> pdfs)
    {
        var wall = Stopwatch.StartNew();
        var cpu = 0.0;
        foreach (var pdf in pdfs)
        {
            var timing = Start(poppler, ["-layout", pdf, "-"]);
            cpu += timing.Cpu;
        }

        return new Timing(wall.Elapsed.TotalSeconds, cpu, 0, 0);
    }

    /// <summary>Runs this program again with <paramref name="arguments"/> (through <c>dotnet</c> when it was started that way).</summary>
    private static Timing Self(IReadOnlyList<string> arguments)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var self = typeof(RunBench).Assembly.Location;
        return Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? Start(host, [self, .. arguments])
            : Start(host, arguments);
    }

    private static Timing Start(string program, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var childCpu = ChildCpuSeconds();
        var wall = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException(program + " did not start");
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainError = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakBytes(process.Id));
        }

        process.WaitForExit();
        Task.WaitAll(drainOut, drainError);
        var elapsed = wall.Elapsed.TotalSeconds;
        var cpu = ChildCpuSeconds() - childCpu;
        return new Timing(elapsed, cpu, peak / 1048576.0, process.ExitCode);
    }

    // The process's high-water mark of resident memory (Linux); 0 where /proc does not say.
    private static long PeakBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return 0;
    }

    // CPU seconds of the children waited for so far (getrusage(RUSAGE_CHILDREN)); NaN off Linux.
    private static double ChildCpuSeconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        var usage = new long[18];
        return NativeMethods.GetRusage(-1, usage) == 0 ? usage[0] + (usage[1] / 1e6) + usage[2] + (usage[3] / 1e6) : double.NaN;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Timing(double Wall, double Cpu, double PeakMiB, int ExitCode);

    private static class NativeMethods
    {
        // struct rusage on 64-bit Linux: two timevals (user, system CPU) then fourteen longs.
        [DllImport("libc", EntryPoint = "getrusage")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int GetRusage(int who, [Out] long[] usage);
    }
}
