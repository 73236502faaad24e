using System.Globalization;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Calendar;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary>
/// budget_plan_YYYY.csv (with revisions budget_plan_YYYY_rN.csv) and budget_exec_YYYYMM.csv, in
/// the accounting system's format: Windows-1251, ';', decimal comma, space as thousands separator.
/// Current spending per inmate-day rises from about 2,400 tenge (2019) to about 7,500 (2025), food
/// is about 30 % of it; payments run slow in January and catch up in December.
/// </summary>
public sealed class BudgetFiles(int seed, KazakhstanCalendar calendar)
{
    public const string Programme = "010";

    private static readonly (int Specific, double Share)[] CurrentShares =
    [
        (111, 0.33), (113, 0.03), (121, 0.03), (122, 0.012), (124, 0.01), (141, 0.30), (142, 0.03),
        (143, 0.04), (144, 0.03), (149, 0.03), (151, 0.09), (152, 0.007), (153, 0.01), (159, 0.03),
        (161, 0.005), (169, 0.005),
    ];

    private static readonly double[] UtilitiesByMonth = [0.14, 0.12, 0.10, 0.07, 0.05, 0.04, 0.04, 0.04, 0.05, 0.09, 0.12, 0.14];

    public static double CostPerInmateDay(int year) => 2_400 * Math.Pow(1.21, year - 2019);

    /// <summary>How many times the year's plan is revised after its first version: once or twice.</summary>
    public int RevisionCount(int year) => SampleRandom.For(seed, "revisions", year).Chance(0.5) ? 2 : 1;

    /// <summary>A facility's plan for a year: the first version, then each revision (from July, then October).</summary>
    public List<List<PlanLine>> PlanRevisions(FacilityHistory history, int year, int revisionCount)
    {
        var f = history.Facility;
        var random = SampleRandom.For(seed, "plan", f.Code, year);
        var current = ExpectedHeld(history, year) * 365 * CostPerInmateDay(year) * random.Uniform(0.97, 1.05);
        var lines = new List<PlanLine>();
        foreach (var (specific, share) in CurrentShares)
            for (var m = 1; m <= 12; m++)
            {
                var monthShare = specific == 151 ? UtilitiesByMonth[m - 1] : m == 12 ? 0.1 : 0.9 / 11;
                lines.Add(new PlanLine(f.Code, Programme, "100", specific, "РБ", m, Tiyn(current * share * monthShare)));
            }
        AddCapital(lines, f, random, current);
        foreach (var specific in new[] { 149, 159 })
            for (var m = 1; m <= 12; m++)
                lines.Add(new PlanLine(f.Code, Programme, "101", specific, "СД", m, Tiyn(current * 0.0075 / 12)));

        var revisions = new List<List<PlanLine>> { lines };
        for (var r = 1; r <= revisionCount; r++)
        {
            var fromMonth = r == 1 ? 7 : 10;
            var factors = CurrentShares.ToDictionary(s => s.Specific, _ => random.Chance(0.3) ? random.Uniform(0.92, 1.08) : 1.0);
            revisions.Add(revisions[^1].Select(l => l.Month >= fromMonth && factors.TryGetValue(l.Specific, out var k)
                ? l with { Tiyn = (long)(l.Tiyn * k) } : l).ToList());
        }
        return revisions;
    }

    /// <summary>The head count the plan is drawn up for: the year's average (or the nearest year's) in the simulation.</summary>
    private static double ExpectedHeld(FacilityHistory history, int year)
    {
        var days = history.Days.Where(d => d.Date.Year == year).ToList();
        if (days.Count == 0)
            days = history.Days.Count == 0 ? [] : [history.Days.MinBy(d => Math.Abs(d.Date.Year - year))];
        return days.Count == 0 ? 0 : days.Average(d => d.HeldTotal);
    }

    private static void AddCapital(List<PlanLine> lines, SampleFacility f, SampleRandom random, double current)
    {
        var capital = new List<(int Specific, double Share)> { (414, 0.02) };
        if (random.Chance(0.3)) capital.Add((421, 0.06));
        if (random.Chance(0.03)) capital.Add((431, 0.2));
        foreach (var (specific, share) in capital)
            for (var m = 4; m <= 10; m++)
                lines.Add(new PlanLine(f.Code, Programme, "102", specific, "РБ", m, Tiyn(current * share / 7)));
    }

    public static SampleFile PlanFile(int year, int revision, IEnumerable<PlanLine> lines)
    {
        var name = revision == 0 ? $"budget_plan_{year}.csv" : $"budget_plan_{year}_r{revision}.csv";
        var file = new SampleFile(name, FileKind.BudgetPlan);
        foreach (var l in lines.OrderBy(l => l.Facility, StringComparer.Ordinal).ThenBy(l => l.Subprogramme, StringComparer.Ordinal)
                     .ThenBy(l => l.Specific).ThenBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Month))
            file.Add(l.Facility, l.Programme, l.Subprogramme, l.Specific, l.Source, $"{l.Month:00}.{year}", SourceFormats.AccountingAmount(l.Tiyn / 100m));
        return file;
    }

    public readonly record struct Payment(DateOnly Date, string Facility, PlanLine Line, long Tiyn, string Document);

    /// <summary>One facility's payments for each month of a year, against its final plan.</summary>
    public List<Payment> Payments(SampleFacility f, int year, List<PlanLine> plan, IEnumerable<YearMonth> months)
    {
        var payments = new List<Payment>();
        var document = 0;
        var carried = new Dictionary<(string, int, string), long>();
        foreach (var month in months.Where(m => m.Year == year && f.IsOpenOn(m.First)))
        {
            var random = SampleRandom.For(seed, "exec", f.Code, month);
            var days = month.Dates.Where(d => calendar[d].IsWorkingDay && f.IsOpenOn(d)).ToList();
            var lines = plan.Where(l => l.Month == month.Month && l.Tiyn > 0).ToList();
            var target = 20 + random.Between(0, 30) + (month.Month == 12 ? 10 : 0);
            var spread = lines.Sum(l => Math.Sqrt(l.Tiyn));
            foreach (var line in lines)
            {
                var key = (line.Subprogramme, line.Specific, line.Source);
                var factor = month.Month == 1 ? random.Uniform(0.45, 0.6) : random.Uniform(0.92, 1.0);
                var due = (long)(line.Tiyn * factor);
                var owed = line.Tiyn - due + carried.GetValueOrDefault(key);
                if (month.Month == 12)
                {
                    due += (long)(owed * random.Uniform(0.85, 0.97)); // the December catch-up
                    owed = 0;
                }
                carried[key] = owed;
                var parts = Math.Max(1, (int)Math.Round(target * Math.Sqrt(line.Tiyn) / spread));
                foreach (var amount in random.Split(due, parts))
                    payments.Add(new Payment(random.Pick(days), f.Code, line, amount, DocumentNumber(f, year, ++document)));
                if (random.Chance(0.02))
                    payments.Add(new Payment(random.Pick(days), f.Code, line, -(long)(due * 0.01), DocumentNumber(f, year, ++document)));
            }
        }
        return payments;
    }

    private static string DocumentNumber(SampleFacility f, int year, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"ПП-{f.Index + 1:000}-{year % 100:00}-{n:00000}");

    public static SampleFile ExecFile(YearMonth month, IEnumerable<Payment> payments)
    {
        var file = new SampleFile($"budget_exec_{month.Compact}.csv", FileKind.BudgetExec);
        foreach (var p in payments.OrderBy(p => p.Date).ThenBy(p => p.Facility, StringComparer.Ordinal).ThenBy(p => p.Document, StringComparer.Ordinal))
            file.Add(p.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), p.Facility, p.Line.Programme, p.Line.Subprogramme,
                p.Line.Specific, p.Line.Source, SourceFormats.AccountingAmount(p.Tiyn / 100m), p.Document);
        return file;
    }

    private static long Tiyn(double tenge) => (long)Math.Round(tenge * 100);
}
