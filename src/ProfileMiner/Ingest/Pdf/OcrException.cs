namespace ProfileMiner.Ingest.Pdf;

/// <summary>An OCR engine failed on one page image (it crashed, timed out or wrote nothing readable).</summary>
public sealed class OcrException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public OcrException()
    {
    }

    /// <summary>Creates the exception with a message saying what went wrong.</summary>
    public OcrException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public OcrException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
