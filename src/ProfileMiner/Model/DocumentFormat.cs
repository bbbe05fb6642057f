namespace ProfileMiner.Model;

/// <summary>The format a reader recognised a file as.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text, read through the Markdown reader.</summary>
    Text,

    /// <summary>Markdown (CommonMark with pipe tables).</summary>
    Markdown,

    /// <summary>PDF with a text layer.</summary>
    Pdf,
}
