using System.Text.RegularExpressions;
using ProfileMiner.Tests.Support;

namespace ProfileMiner.Tests.Docs;

/// <summary>
/// Every relative link in the README and docs/ points at a file of the repository, and every
/// <c>#anchor</c> into a Markdown file at one of its headings (GitHub's anchors: lower case, spaces
/// to hyphens, punctuation dropped).
/// </summary>
public sealed partial class DocsLinkTests
{
    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>("README.md");
        foreach (var page in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            pages.Add(Path.GetRelativePath(RepoPaths.Root, page).Replace('\\', '/'));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_points_at_a_file_and_heading_that_exist(string page)
    {
        var path = Path.Combine(RepoPaths.Root, page);
        var broken = new List<string>();
        foreach (Match link in Link().Matches(WithoutCode(File.ReadAllText(path))))
        {
            var (target, anchor) = (link.Groups["target"].Value, link.Groups["anchor"].Value);
            var file = target.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, target));
            if (!Path.Exists(file))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor.Length > 0 && file.EndsWith(".md", StringComparison.Ordinal) && !Anchors(file).Contains(anchor))
            {
                broken.Add($"{target}#{anchor}: no such heading");
            }
        }

        Assert.True(broken.Count == 0, $"{page}: {string.Join("; ", broken)}");
    }

    [Fact]
    public void Anchors_are_made_as_github_makes_them() =>
        Assert.Equal("memory-and-time-limits", Anchor("### Memory and time limits"));

    private static HashSet<string> Anchors(string file) =>
        WithoutCode(File.ReadAllText(file)).Split('\n').Where(l => Heading().IsMatch(l)).Select(Anchor).ToHashSet(StringComparer.Ordinal);

    private static string Anchor(string heading) =>
        NotInAnchor().Replace(heading.TrimStart('#').Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-');

    // Fenced code blocks hold examples, not links or headings.
    private static string WithoutCode(string markdown) => Fence().Replace(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), string.Empty);

    [GeneratedRegex(@"\]\((?!https?:|mailto:)(?<target>[^)#\s]*)(?:#(?<anchor>[^)\s]+))?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6} ")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex NotInAnchor();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
