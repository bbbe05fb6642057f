using Microsoft.ML.Transforms.Text;

namespace ProfileMiner.Extract.Models;

/// <summary>The text featurisation both models share: word uni- and bigrams and character n-grams, L2-normalised.</summary>
internal static class TextFeatures
{
    public const int WordNgrams = 2;

    public const int CharNgrams = 4;

    public static TextFeaturizingEstimator.Options Options() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = true,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
        StopWordsRemoverOptions = new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.English },
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = WordNgrams, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = CharNgrams, UseAllLengths = false },
    };

    public static string Describe() =>
        $"word 1-{WordNgrams}-grams (English stop words removed) + character {CharNgrams}-grams, lower case, L2-normalised";
}
