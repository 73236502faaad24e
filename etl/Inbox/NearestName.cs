using System.Text.RegularExpressions;

namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// For a name that matches no inbox pattern, the pattern it comes nearest to and, where its digits
/// fit, the name it was probably meant to have ("Population-2024-01.csv" → population_202401.csv),
/// so the operator can rename it (corr etl retry NAME --as NEWNAME).
/// </summary>
public static partial class NearestName
{
    private static readonly (string Kind, string Pattern, int Digits, string Extension)[] Patterns =
    [
        ("facilities", "facilities_YYYYMMDD.csv", 8, ".csv"),
        ("products", "products_YYYYMMDD.csv", 8, ".csv"),
        ("budget_plan", "budget_plan_YYYY.csv (a revision budget_plan_YYYY_rN.csv)", 4, ".csv"),
        ("population", "population_YYYYMM.csv", 6, ".csv"),
        ("movements", "movements_YYYYMM.csv", 6, ".csv"),
        ("incidents", "incidents_YYYYMM.csv", 6, ".csv"),
        ("staffing", "staffing_YYYYMM.csv", 6, ".csv"),
        ("budget_exec", "budget_exec_YYYYMM.csv", 6, ".csv"),
        ("production", "production_<facility>_YYYYMM.xlsx", 0, ".xlsx"),
    ];

    /// <summary>" (the nearest pattern is …, e.g. …)", or the patterns in general when no kind is near.</summary>
    public static string Hint(string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name).ToLowerInvariant();
        var word = Separators().Replace(Leading().Match(stem).Value, "_").Trim('_');
        var (kind, pattern, digits, extension) = Patterns.MinBy(p => Distance(word, p.Kind));
        if (word.Length == 0 || Distance(word, kind) > Math.Max(2, kind.Length / 4))
            return " (e.g. population_YYYYMM.csv, budget_plan_YYYY.csv, production_<facility>_YYYYMM.xlsx)";
        var found = string.Concat(stem.Where(char.IsAsciiDigit));
        var meant = digits > 0 && found.Length == digits ? $", e.g. {kind}_{found}{extension}" : "";
        return $" (the nearest pattern is {pattern}{meant})";
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    [GeneratedRegex(@"^[^0-9]*")]
    private static partial Regex Leading();

    [GeneratedRegex(@"[\s\-_.]+")]
    private static partial Regex Separators();
}
