using System.Globalization;
using System.Text.RegularExpressions;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// A file in the inbox whose name matched a pattern of DESIGN §3: its kind, the slice it covers
/// (YYYY-MM-DD for a register snapshot, YYYY for a plan, YYYY-MM for a month), and where it
/// falls in load order.
/// </summary>
public sealed partial record InboxFile(string Path, string Name, FileKind Kind, string Slice, DateOnly PeriodStart, int Revision)
{
    /// <summary>
    /// Reference data first, by date; then each kind of data, its periods in order, so that a kind's
    /// files are consecutive and load as one group (kinds of data do not depend on one another).
    /// </summary>
    public (int, DateOnly, int, DateOnly, int, string) SortKey =>
        Kind.IsReference()
            ? (0, PeriodStart, (int)Kind, PeriodStart, Revision, Name)
            : (1, DateOnly.MinValue, (int)Kind, PeriodStart, Revision, Name);

    /// <summary>
    /// Why a file for a period that has not come yet cannot be loaded, or null: a month after the
    /// current one, a register snapshot dated after today, a plan for a year after next (plans are
    /// approved before their year begins).
    /// </summary>
    public string? NotYetDue(DateOnly today) => Kind switch
    {
        FileKind.Facilities or FileKind.Products when PeriodStart > today =>
            $"the snapshot is dated {PeriodStart:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}); a register cannot be known before its date",
        FileKind.BudgetPlan when PeriodStart.Year > today.Year + 1 =>
            $"the plan is for {PeriodStart.Year}; plans are accepted up to the year after the current one ({today.Year + 1})",
        FileKind.Population or FileKind.Movements or FileKind.Incidents or FileKind.Staffing or FileKind.BudgetExec or FileKind.Production
            when YearMonth.Of(PeriodStart).CompareTo(YearMonth.Of(today)) > 0 =>
            $"the file is for {YearMonth.Of(PeriodStart)}, after the current month ({YearMonth.Of(today)}); nothing of it was loaded",
        _ => null,
    };

    /// <summary>What the batch notes about the name: a copy's suffix, taken as the name without it; or null.</summary>
    public string? NameNote => CopySuffix().Match(Name) is { Success: true } m
        ? $"a copy's name, taken as {m.Groups[1].Value}{m.Groups[2].Value}"
        : null;

    /// <summary>The file's kind and slice from its name, or null with the reason it matches no pattern.</summary>
    public static (InboxFile? File, string? Problem) Classify(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        // Names as Windows writes them: any case, and the " (1)" a second download of the same name gets.
        var m = Pattern().Match(CopySuffix().Replace(name, "$1$2"));
        if (!m.Success && name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
            return (null, $"'{name}' is an Excel 97-2003 workbook (.xls); production forms are read as .xlsx: open it in Excel and save it as .xlsx");
        if (!m.Success)
            return (null, $"the name '{name}' matches no inbox pattern{NearestName.Hint(name)}");
        var kind = m.Groups["kind"].Value.ToLowerInvariant() switch
        {
            "facilities" => FileKind.Facilities,
            "products" => FileKind.Products,
            "budget_plan" => FileKind.BudgetPlan,
            "population" => FileKind.Population,
            "movements" => FileKind.Movements,
            "incidents" => FileKind.Incidents,
            "staffing" => FileKind.Staffing,
            "budget_exec" => FileKind.BudgetExec,
            _ => FileKind.Production,
        };
        var digits = m.Groups["date"].Value;
        var format = digits.Length switch { 8 => "yyyyMMdd", 6 => "yyyyMM", _ => "yyyy" };
        if (!DateOnly.TryParseExact(digits, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            return (null, $"'{digits}' in the name '{name}' is not a valid {format} date");
        var slice = digits.Length switch
        {
            8 => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            6 => YearMonth.Of(start).ToString(),
            _ => start.Year.ToString(CultureInfo.InvariantCulture),
        };
        var revision = m.Groups["rev"].Success ? int.Parse(m.Groups["rev"].Value, CultureInfo.InvariantCulture) : 0;
        if (kind == FileKind.Production)
            slice = $"{m.Groups["facility"].Value}@{slice}";
        return (new InboxFile(path, name, kind, slice, start, revision), null);
    }

    [GeneratedRegex(
        @"^(?:(?<kind>facilities|products)_(?<date>\d{8})\.csv" +
        @"|(?<kind>budget_plan)_(?<date>\d{4})(?:_r(?<rev>\d{1,2}))?\.csv" +
        @"|(?<kind>population|movements|incidents|staffing|budget_exec)_(?<date>\d{6})\.csv" +
        @"|(?<kind>production)_(?<facility>[^_/\\]+)_(?<date>\d{6})\.xlsx)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>" (1)", " (2)" … before the extension.</summary>
    [GeneratedRegex(@"^(.+?) \(\d{1,3}\)(\.[A-Za-z]+)$")]
    private static partial Regex CopySuffix();
}
