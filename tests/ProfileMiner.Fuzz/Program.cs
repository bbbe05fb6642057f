using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ProfileMiner.Diagnostics;
using ProfileMiner.Fuzz;

// The fuzz harness: docs/development.md#fuzzing.
//   dotnet run --project tests/ProfileMiner.Fuzz -c Release -- [--inputs N] [--seed S] [--work DIR] [--batch K] [--shared]
//       [--hang-seconds S] [--slow-seconds S] [--ocr-seconds S] [--peak-mb M] [--scale X] [--max-text-kb K] [--no-pathological] [--workers N]
//       [--only N,M,...]
// Every input is read in a worker process (so a crash or a hang costs that worker, and is kept as a
// regression file in tests/ProfileMiner.Fuzz/regressions/); every --batch inputs also go through one
// whole run with the index, digest and export stages. --workers (default: one per core) such lanes
// take the batches in turn.
if (args is ["--worker", ..])
{
    return await Worker.RunAsync().ConfigureAwait(false);
}

var options = Options.Parse(args);
return await Campaign.RunAsync(options).ConfigureAwait(false);

/// <summary>The campaign's settings.</summary>
internal sealed record Options(int Inputs, int Seed, string Work, int Batch, bool Shared, TimeSpan Hang, TimeSpan Slow, long PeakLimitBytes, string Regressions, bool Pathological, double Scale, int MaxTextBytes, TimeSpan OcrPerPage, int Workers, IReadOnlySet<int> Only)
{
    /// <summary>
    /// The slow limit for one input: <see cref="Slow"/>, plus <see cref="OcrPerPage"/> for each page
    /// read by OCR (Tesseract reads a scanned page in one to two seconds: a mutated PDF that keeps a
    /// scan is doing real work, not hanging).
    /// </summary>
    public double SlowLimit(FuzzOutcome outcome) => Slow.TotalSeconds + (outcome.OcrPages * OcrPerPage.TotalSeconds);

    /// <summary>Whether <paramref name="outcome"/> passed its slow limit, in processor time (wall time too when it was not measured).</summary>
    public bool IsSlow(FuzzOutcome outcome) => (outcome.CpuSeconds > 0 ? outcome.CpuSeconds : outcome.Seconds) > SlowLimit(outcome);

    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var root = FuzzSeeds.FindRoot(Environment.CurrentDirectory);
        return new Options(
            Number("--inputs", 300),
            Number("--seed", 21),
            Path.GetFullPath(Value("--work", Path.Combine(Path.GetTempPath(), "profileminer-fuzz"))),
            Number("--batch", 100),
            args.Contains("--shared"),
            TimeSpan.FromSeconds(Number("--hang-seconds", 60)),
            TimeSpan.FromSeconds(Number("--slow-seconds", 10)),
            Number("--peak-mb", 500) * 1024L * 1024L,
            // Inputs made from ../shared's documents are not the project's to publish: kept beside the campaign's work.
            args.Contains("--shared")
                ? Path.Combine(Path.GetFullPath(Value("--work", Path.Combine(Path.GetTempPath(), "profileminer-fuzz"))) + "-regressions")
                : Path.Combine(root, "tests", "ProfileMiner.Fuzz", "regressions"),
            !args.Contains("--no-pathological"),
            double.Parse(Value("--scale", "1"), CultureInfo.InvariantCulture),
            Number("--max-text-kb", 512) * 1024,
            TimeSpan.FromSeconds(Number("--ocr-seconds", 3)),
            Math.Max(1, Number("--workers", Environment.ProcessorCount)),
            Value("--only", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToHashSet());
    }
}

/// <summary>The driver: makes the inputs, feeds them to worker processes, and reports.</summary>
internal static class Campaign
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(Options options)
    {
        var root = FuzzSeeds.FindRoot(Environment.CurrentDirectory);
        var seeds = FuzzSeeds.Load(root, options.Shared, options.MaxTextBytes);
        if (Directory.Exists(options.Work))
        {
            Directory.Delete(options.Work, recursive: true);
        }

        // Each input is written as it is made and kept in memory without its bytes (read back when
        // kept as a regression file): 10,000 inputs of up to a megabyte do not all fit comfortably.
        var inputFolder = Directory.CreateDirectory(Path.Combine(options.Work, "inputs")).FullName;
        var made = options.Pathological ? Pathological.All().Select(p => p with { Name = "p-" + p.Name }) : [];
        var inputs = new List<FuzzInput>();
        var paths = new List<string>();
        foreach (var input in made.Concat(new Mutators(options.Seed, options.Scale).Generate(seeds, options.Inputs)))
        {
            // --only: the campaign's inputs are made as before (the same seed makes the same inputs
            // from the same checkout), and only the numbered ones are run, to reproduce a finding.
            if (options.Only.Count > 0 && !(int.TryParse(input.Name.AsSpan(0, Math.Max(0, input.Name.IndexOf('-', StringComparison.Ordinal))), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && options.Only.Contains(number)))
            {
                continue;
            }

            var path = Path.Combine(inputFolder, input.Name);
            await File.WriteAllBytesAsync(path, input.Bytes).ConfigureAwait(false);
            inputs.Add(input with { Bytes = [] });
            paths.Add(path);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {inputs.Count} inputs (seed {options.Seed}: {inputs.Count(i => i.Category == "pdf")} pdf, {inputs.Count(i => i.Category == "markdown")} markdown, {inputs.Count(i => i.Category == "text")} text, {inputs.Count(i => i.Category == "pathological")} pathological) in {options.Work}"));
        var clock = Stopwatch.StartNew();
        var outcomes = new FuzzOutcome?[inputs.Count];
        var failures = new List<string>();
        var gate = new object();

        // Each failure is printed as it is found, so a long campaign shows them while it goes.
        void Fail(string failure)
        {
            lock (gate)
            {
                failures.Add(failure);
                Console.Error.WriteLine("fuzz: " + failure);
            }
        }

        // The inputs go in chunks of --batch: each chunk is read file by file in a worker, then run
        // whole in a fresh process. --workers lanes take chunks in turn, each with its own workers.
        var chunks = (inputs.Count + options.Batch - 1) / options.Batch;
        var batches = new string?[chunks];
        long peak = 0;
        long batchPeak = 0;
        string? peakAt = null;
        var peakInput = -1;
        var nextChunk = -1;
        var done = 0;

        async Task LaneAsync()
        {
            var worker = Worker.Start();
            try
            {
                int chunk;
                while ((chunk = Interlocked.Increment(ref nextChunk)) < chunks)
                {
                    var first = chunk * options.Batch;
                    var last = Math.Min(inputs.Count, first + options.Batch) - 1;
                    for (var i = first; i <= last; i++)
                    {
                        // File names may hold a newline or a tab: the path travels as Base64.
                        var (line, died) = await worker.AskAsync("FILE\t" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(paths[i])), options.Hang).ConfigureAwait(false);
                        if (line is null)
                        {
                            var what = died ? "crash" : "hang";
                            var detail = died ? worker.ErrorTail() : string.Create(CultureInfo.InvariantCulture, $"over {options.Hang.TotalSeconds:0} s");
                            Fail($"{what}: {DisplayText.Escape(inputs[i].Name)} ({inputs[i].Mutation}): {DisplayText.Escape(detail)}");
                            Keep(inputs[i], paths[i], what, options.Regressions);
                            outcomes[i] = new FuzzOutcome(inputs[i].Name, died ? 0 : options.Hang.TotalSeconds, false, [], what);
                            worker.Dispose();
                            worker = Worker.Start();
                            continue;
                        }

                        var outcome = JsonSerializer.Deserialize<WorkerReply>(line)!;
                        outcomes[i] = outcome.Outcome;
                        lock (gate)
                        {
                            if (outcome.PeakBytes > peak)
                            {
                                (peak, peakAt, peakInput) = (outcome.PeakBytes, inputs[i].Name, i);
                            }
                        }

                        if (outcome.Outcome.Problem is { } problem)
                        {
                            Fail($"{problem}: {DisplayText.Escape(inputs[i].Name)} ({inputs[i].Mutation})");
                            Keep(inputs[i], paths[i], "bug", options.Regressions);
                        }

                        if (options.IsSlow(outcome.Outcome))
                        {
                            Fail(string.Create(CultureInfo.InvariantCulture, $"slow: {DisplayText.Escape(inputs[i].Name)} ({inputs[i].Mutation}) took {outcome.Outcome.CpuSeconds:0.0} s of processor time, {outcome.Outcome.Seconds:0.0} s of wall time ({outcome.Outcome.OcrPages} pages by OCR)"));
                            Keep(inputs[i], paths[i], "slow", options.Regressions);
                        }
                    }

                    var batchFolder = Directory.CreateDirectory(Path.Combine(options.Work, "batches", first.ToString("D5", CultureInfo.InvariantCulture))).FullName;
                    for (var j = first; j <= last; j++)
                    {
                        File.Copy(paths[j], Path.Combine(batchFolder, inputs[j].Name));
                    }

                    // A whole run in a process of its own: what it leaves resident (mapped index files,
                    // SQLite's memory) is not counted against the files read after it.
                    string? reply;
                    bool batchDied;
                    using (var batchWorker = Worker.Start())
                    {
                        (reply, batchDied) = await batchWorker.AskAsync($"BATCH\t{batchFolder}\t{batchFolder}.out", options.Hang * 3).ConfigureAwait(false);
                    }

                    var answer = reply is null ? null : JsonSerializer.Deserialize<BatchReply>(reply);
                    var result = answer is null ? (batchDied ? "crash" : "hang") : answer.Problems is { Count: > 0 } p ? string.Join("; ", p) : "ok";
                    batches[chunk] = string.Create(CultureInfo.InvariantCulture, $"inputs {first}-{last}: {result}{(answer is null ? string.Empty : $" ({answer.Seconds:0.0} s, peak {answer.PeakBytes / (1024 * 1024)} MB)")}");
                    if (result != "ok")
                    {
                        Fail(string.Create(CultureInfo.InvariantCulture, $"batch {first}-{last}: {DisplayText.Escape(result)}"));
                    }

                    lock (gate)
                    {
                        batchPeak = Math.Max(batchPeak, answer?.PeakBytes ?? 0);
                        done += last - first + 1;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {done}/{inputs.Count} inputs, {failures.Count} failures, {clock.Elapsed.TotalMinutes:0.0} min"));
                    }
                }
            }
            finally
            {
                worker.Dispose();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Workers).Select(_ => Task.Run(LaneAsync))).ConfigureAwait(false);

        if (peak > options.PeakLimitBytes)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"peak memory {peak / (1024 * 1024)} MB (reached at {DisplayText.Escape(peakAt)}), over {options.PeakLimitBytes / (1024 * 1024)} MB"));
            Keep(inputs[peakInput], paths[peakInput], "memory", options.Regressions);
        }

        var results = outcomes.Select(o => o!).ToList();
        var slowest = results.MaxBy(o => o.Seconds)!;
        var summary = new Dictionary<string, object?>
        {
            ["command"] = "dotnet run --project tests/ProfileMiner.Fuzz -c Release -- " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
            ["seed"] = options.Seed,
            ["inputs"] = inputs.Count,
            ["by_category"] = inputs.GroupBy(i => i.Category).ToDictionary(g => g.Key, g => g.Count()),
            ["read"] = results.Count(o => o.Read),
            ["skipped_and_named"] = results.Count(o => !o.Read && o.Problem is null),
            ["crashes"] = results.Count(o => o.Problem == "crash"),
            ["hangs"] = results.Count(o => o.Problem == "hang"),
            ["problems"] = results.Count(o => o.Problem is not null and not "crash" and not "hang"),
            ["over_slow_limit"] = results.Count(options.IsSlow),
            ["over_10_s_without_ocr"] = results.Count(o => o.OcrPages == 0 && o.CpuSeconds > 10),
            ["over_10_s_wall"] = results.Count(o => o.Seconds > 10),
            ["read_by_ocr"] = results.Count(o => o.OcrPages > 0),
            ["slowest"] = new { name = DisplayText.Escape(slowest.Name), seconds = Math.Round(slowest.Seconds, 2), cpu_seconds = Math.Round(slowest.CpuSeconds, 2), ocr_pages = slowest.OcrPages },
            ["slowest_without_ocr"] = results.Where(o => o.OcrPages == 0).MaxBy(o => o.CpuSeconds) is { } plain ? new { name = DisplayText.Escape(plain.Name), seconds = Math.Round(plain.Seconds, 2), cpu_seconds = Math.Round(plain.CpuSeconds, 2) } : null,
            ["peak_mb"] = peak / (1024 * 1024),
            ["peak_at"] = DisplayText.Escape(peakAt),
            ["batch_peak_mb"] = batchPeak / (1024 * 1024),
            ["batches"] = batches,
            ["codes"] = results.SelectMany(o => o.Codes).GroupBy(c => c).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            ["minutes"] = Math.Round(clock.Elapsed.TotalMinutes, 1),
            ["failures"] = failures,
        };
        var json = JsonSerializer.Serialize(summary, s_indented);
        await File.WriteAllTextAsync(Path.Combine(options.Work, "report.json"), json).ConfigureAwait(false);
        Console.WriteLine(json);
        return failures.Count == 0 ? 0 : 1;
    }

    // A crash, hang or bug is kept as a regression file, named by what it did and its hash.
    private static void Keep(FuzzInput input, string path, string what, string folder)
    {
        Directory.CreateDirectory(folder);
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..12];
        var extension = Path.GetExtension(input.Name) is { Length: > 0 } e ? e : ".bin";
        File.WriteAllBytes(Path.Combine(folder, $"{what}-{input.Category}-{hash}{extension}"), bytes);
    }
}

/// <summary>A worker's answer for one file.</summary>
internal sealed record WorkerReply(FuzzOutcome Outcome, long PeakBytes);

/// <summary>A worker's answer for one batch.</summary>
internal sealed record BatchReply(IReadOnlyList<string> Problems, double Seconds, long PeakBytes);

/// <summary>A worker process: reads one request a line on stdin, answers one JSON line on stdout.</summary>
internal sealed class Worker : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _errors = [];

    private Worker(Process process) => _process = process;

    public static Worker Start()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!Environment.ProcessPath!.EndsWith("ProfileMiner.Fuzz", StringComparison.Ordinal) && !Environment.ProcessPath.EndsWith("ProfileMiner.Fuzz.exe", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(Worker).Assembly.Location);
        }

        start.ArgumentList.Add("--worker");
        var process = Process.Start(start)!;
        var worker = new Worker(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (worker._errors)
                {
                    worker._errors.Add(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Sends a request; the reply line, or null with whether the worker died (else it took too long).</summary>
    public async Task<(string? Line, bool Died)> AskAsync(string request, TimeSpan limit)
    {
        await _process.StandardInput.WriteLineAsync(request).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        // The limit is on the worker's processor time, so a busy machine does not turn a slow answer
        // into a hang; a worker that waits without working is caught at ten times the limit of wall time.
        var read = _process.StandardOutput.ReadLineAsync();
        var cpu = ProcessorTime();
        var wall = Stopwatch.StartNew();
        while (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false) != read)
        {
            if (ProcessorTime() - cpu > limit || wall.Elapsed > 10 * limit)
            {
                return (null, false);
            }
        }

        var line = await read.ConfigureAwait(false);
        return line is null ? (null, true) : (line, false);
    }

    private TimeSpan ProcessorTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    public string ErrorTail()
    {
        _process.WaitForExit(5000);
        lock (_errors)
        {
            return string.Join(" | ", _errors.Where(l => l.Length > 0).Take(3)) + string.Create(CultureInfo.InvariantCulture, $" (exit {(_process.HasExited ? _process.ExitCode : -1)})");
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    /// <summary>
    /// Starts the peak afresh for the next file: what the collector can free is freed, and on Linux
    /// the kernel's high-water mark of resident memory is reset (<c>/proc/self/clear_refs</c>), so
    /// the peak after a file is the most this process held while reading it (models and runtime included).
    /// </summary>
    private static void ResetPeak()
    {
        // Aggressive: compacted, and free memory given back to the system, so the resident set starts low.
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        if (OperatingSystem.IsLinux())
        {
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An older kernel: the peak is then the process's since it started.
            }
        }
    }

    /// <summary>
    /// Reads a few hundred paragraphs of ordinary text (as Markdown and as plain text) and a small PDF before the first input, so the
    /// first input is not charged for compiling the reader and the extractors: a run pays that once,
    /// not per file (the first input of a campaign is a pathological one, whose limit is tight).
    /// </summary>
    private static void WarmUp(FuzzRunner runner)
    {
        var paragraph = "## Hospital discharge\n\nLancashire County Council helped 1,234 people (12.5%) at a cost of £5.2m in 2016/17, up from 1,100 in 2015/16; delayed transfers of care fell.\n\n";
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(paragraph, 300)));
        runner.Check(new FuzzInput("warm-up.md", text, "warm-up", "warm-up"));
        runner.Check(new FuzzInput("warm-up.txt", text, "warm-up", "warm-up"));
        runner.Check(new FuzzInput("warm-up.pdf", PdfBytes.Pages(2, "BT /F1 10 Tf 72 700 Td (Lancashire County Council spent 5 million pounds on care in 2016/17.) Tj ET\n"u8.ToArray()), "warm-up", "warm-up"));
    }

    public static async Task<int> RunAsync()
    {
        var runner = new FuzzRunner();
        WarmUp(runner);
        string? request;
        while ((request = await Console.In.ReadLineAsync().ConfigureAwait(false)) is not null)
        {
            var parts = request.Split('\t');
            if (parts is ["FILE", var encoded])
            {
                var path = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var input = new FuzzInput(Path.GetFileName(path), await File.ReadAllBytesAsync(path).ConfigureAwait(false), string.Empty, string.Empty);
                ResetPeak();
                var outcome = runner.Check(input);
                using var self = Process.GetCurrentProcess();
                Console.WriteLine(JsonSerializer.Serialize(new WorkerReply(outcome, self.PeakWorkingSet64)));
            }
            else if (parts is ["BATCH", var folder, var output])
            {
                var clock = Stopwatch.StartNew();
                ResetPeak();
                var problems = await runner.RunBatchAsync(folder, output).ConfigureAwait(false);
                using var self = Process.GetCurrentProcess();
                Console.WriteLine(JsonSerializer.Serialize(new BatchReply(problems, clock.Elapsed.TotalSeconds, self.PeakWorkingSet64)));
            }

            await Console.Out.FlushAsync().ConfigureAwait(false);
        }

        return 0;
    }
}

