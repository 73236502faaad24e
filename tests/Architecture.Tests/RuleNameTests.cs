using System.Text.Json;
using System.Text.RegularExpressions;
using CorrAnalytics.Architecture.Tests.Support;

namespace CorrAnalytics.Architecture.Tests;

/// <summary>
/// A report names a rejected row's rule in the reader's words (PUBLICATION §10), never by its code: every
/// rule the intake can give (the staging macros' staging.reject, the CSV pre-pass and the П-1 reader's
/// RowReject) has a name in each language.
/// </summary>
public partial class RuleNameTests
{
    [GeneratedRegex(@"(?:reject\(|'rule_code'\s*,\s*|\brule_code\s*=\s*)'([A-Z]+(?:_[A-Z]+)+)'|'([A-Z]+(?:_[A-Z]+)+)'\s+as\s+rule_code")]
    private static partial Regex SqlRule();

    [GeneratedRegex(@"""([A-Z]+(?:_[A-Z]+)+)""")]
    private static partial Regex CsRule();

    private static IEnumerable<string> Codes(Func<string, bool> take, Regex pattern) =>
        from file in Repository.TrackedFiles().Where(take)
        let path = Path.Combine(Repository.Root, file)
        where File.Exists(path)
        from match in pattern.Matches(File.ReadAllText(path))
        select match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;

    [Fact]
    public void Every_rule_the_intake_gives_has_a_name_in_each_language()
    {
        var codes = Codes(f => f.StartsWith("warehouse/sql/") && f.EndsWith(".sql"), SqlRule())
            .Concat(Codes(f => f.StartsWith("etl/Sources/") && f.EndsWith(".cs"), CsRule()))
            .ToHashSet();

        Assert.Contains("NEGATIVE_COUNT", codes); // the scan finds the rules where they are written
        Assert.Contains("LINE_TOO_LONG", codes);
        Assert.Contains("FACILITY_NOT_OPEN", codes);
        foreach (var language in new[] { "kk", "ru", "en" })
        {
            var labels = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Repository.Root, "reports/Translations", language + ".json")))!;
            var unnamed = codes.Where(c => !labels.ContainsKey("rule." + c)).Order().ToList();
            Assert.True(unnamed.Count == 0, $"{language}.json names no rule {string.Join(", ", unnamed)}: add \"rule.<CODE>\"");
        }
    }
}
