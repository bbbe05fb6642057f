namespace ProfileMiner.Model;

/// <summary>
/// What a file says about itself outside its text: a PDF's document information dictionary
/// (PDF 32000-1 §14.3.3). Each field is null when absent or blank.
/// </summary>
/// <param name="Title">The <c>Title</c> entry, e.g. <c>Quarterly Performance Report</c>.</param>
/// <param name="Author">The <c>Author</c> entry, often a person or a department code.</param>
/// <param name="Subject">The <c>Subject</c> entry.</param>
/// <param name="Keywords">The <c>Keywords</c> entry.</param>
public sealed record DocumentMetadata(string? Title, string? Author, string? Subject, string? Keywords);
