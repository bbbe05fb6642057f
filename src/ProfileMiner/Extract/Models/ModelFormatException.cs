namespace ProfileMiner.Extract.Models;

/// <summary>
/// A stream given to <see cref="ThemeModel.Load"/> or <see cref="ClaimModel.Load"/> is not a model of
/// that kind this version can use; the message says why, in words a user can act on.
/// </summary>
public sealed class ModelFormatException : InvalidOperationException
{
    /// <summary>An exception with a default message.</summary>
    public ModelFormatException()
        : base("not a model this version of ProfileMiner can use")
    {
    }

    /// <summary>An exception with <paramref name="message"/>.</summary>
    public ModelFormatException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public ModelFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
