namespace ProfileMiner.Fuzz;

/// <summary>One input of a campaign: a file's name (its extension says what the reader is told), its bytes, and how it was made.</summary>
/// <param name="Name">The file name, e.g. <c>0042-pdf-repeat-stream.pdf</c>.</param>
/// <param name="Bytes">The content.</param>
/// <param name="Category">What kind of input: <c>pdf</c>, <c>markdown</c>, <c>text</c> or <c>pathological</c>.</param>
/// <param name="Mutation">The mutations applied, in order, or the pathological case's name.</param>
internal sealed record FuzzInput(string Name, byte[] Bytes, string Category, string Mutation);
