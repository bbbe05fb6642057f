using System.CommandLine;
using ProfileMiner.Cli.Console;
using ProfileMiner.Diagnostics;
using ProfileMiner.Index;

namespace ProfileMiner.Cli.Commands;

/// <summary><c>index</c>: builds the search index alone (the ingest cache makes an unchanged corpus quick).</summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var run = new RunOptions();
        var stemmer = new Option<string>("--stemmer") { Description = "English stemmer: porter (default), kstem, minimal or none.", DefaultValueFactory = _ => "porter" };
        var noSynonyms = new Option<bool>("--no-synonyms") { Description = "Index without a synonym list (the default: the domain thesaurus is applied when searching)." };
        var synonyms = new Option<string?>("--synonyms") { Description = "A synonym file (Solr format) to apply when indexing, besides the thesaurus applied when searching." };
        var command = new Command("index", "Build the search index (OUT/index) of files and folders (default: seeds/ and corpus/); 'run' does this too.\n" + CliApp.ExitCodeHelp)
        {
            stemmer, noSynonyms, synonyms,
        };
        run.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var options = SearchIndexOptions.Default with
            {
                Stemmer = ParseStemmer(parse.GetValue(stemmer)!),
                UseSynonyms = !parse.GetValue(noSynonyms) && parse.GetValue(synonyms) is not null,
                SynonymsFile = parse.GetValue(synonyms),
            };
            if (options.SynonymsFile is { } file && !File.Exists(file))
            {
                throw new ProfileMinerException(DiagnosticCodes.SynonymListInvalid, $"{file}: no such synonym file");
            }

            var settings = run.Settings(parse, context);
            return RunCommand.ExecuteAsync(settings, builder => builder.Publishers.Add(new PassageIndexer(options)), context, ct);
        });
        return command;
    }

    private static StemmerKind ParseStemmer(string value) =>
        Enum.TryParse<StemmerKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new ProfileMinerException(DiagnosticCodes.SearchOptionInvalid, $"--stemmer '{value}' is not one of porter, kstem, minimal, none");
}
