using ProfileMiner.Diagnostics;
using ProfileMiner.Extract;
using ProfileMiner.Model;

namespace ProfileMiner.Pipeline;

/// <summary>
/// An extractor that is made the first time it is used, on whichever thread first asks: a run can read
/// and segment its files while the model that decides which extractor to use still loads
/// (<see cref="Start"/> begins making it on the thread pool). Every member waits for it.
/// </summary>
public sealed class DeferredExtractor : IExtractor
{
    private readonly Lazy<IExtractor> _extractor;

    private DeferredExtractor(Type makes, Func<IExtractor> create)
    {
        Makes = makes;
        _extractor = new Lazy<IExtractor>(create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The type <see cref="Extractor"/> is declared to be (known without making it).</summary>
    public Type Makes { get; }

    /// <summary>An extractor of type <typeparamref name="T"/>, made by <paramref name="create"/> when first used.</summary>
    public static DeferredExtractor Of<T>(Func<T> create)
        where T : class, IExtractor
    {
        ArgumentNullException.ThrowIfNull(create);
        return new DeferredExtractor(typeof(T), create);
    }

    /// <summary>The extractor, made now when it has not been yet.</summary>
    /// <exception cref="Exception">Whatever making it threw (each time it is asked for).</exception>
    public IExtractor Extractor => _extractor.Value;

    /// <inheritdoc />
    public string Id => Extractor.Id;

    /// <inheritdoc />
    public string Version => Extractor.Version;

    /// <summary>Begins making the extractor on the thread pool; what making it throws is thrown when it is used.</summary>
    public DeferredExtractor Start()
    {
        _ = Task.Run(() =>
        {
            try
            {
                _ = _extractor.Value;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Thrown again, where it can be reported, when the extractor is used.
            }
        });
        return this;
    }

    /// <inheritdoc />
    public IEnumerable<Extraction> Extract(SegmentedDocument document, DiagnosticBag diagnostics) => Extractor.Extract(document, diagnostics);
}
