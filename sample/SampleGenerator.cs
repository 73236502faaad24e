using System.Diagnostics;
using System.Text.Json;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Warehouse.Calendar;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary><c>corr sample</c>: writes a national sample of every inbox file kind (DESIGN §3).</summary>
public sealed class SampleGenerator(SampleOptions options, IProgress<SampleProgress>? progress = null)
{
    public const string DefectsManifest = "defects.json";

    public SampleSummary Generate()
    {
        options.Validate();
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(options.OutDir);
        var months = YearMonth.Range(options.From, options.To).ToList();

        Report("register", 0, 1);
        var facilities = FacilityRegister.Build(options.Seed, options.Scale, options.From, options.To);
        Report("population", 0, 1);
        var histories = new PopulationSimulator(options.Seed, options.Scale, options.From, options.To).Run(facilities);

        var files = new List<SampleFile>();
        files.AddRange(RegisterFiles.Facilities(facilities, options.From));
        files.AddRange(RegisterFiles.Products(options.From, options.To));
        var monthly = new SampleFile[months.Count][];
        Parallel.For(0, months.Count, i => monthly[i] =
        [
            PopulationFiles.Population(histories, months[i]),
            PopulationFiles.Movements(histories, months[i]),
            IncidentFiles.Incidents(histories, months[i], options.Seed, options.Scale),
            StaffingFiles.Staffing(histories, months[i], options.Seed),
        ]);
        files.AddRange(monthly.SelectMany(m => m));
        files.AddRange(BudgetFilesFor(histories, months));

        DefectPlanter? planter = null;
        if (options.DefectRate > 0)
        {
            planter = new DefectPlanter(options.Seed, options.DefectRate);
            planter.PlantInCsv(files);
        }

        var written = 0;
        Parallel.ForEach(files, file =>
        {
            file.WriteTo(options.OutDir);
            Report("csv files", Interlocked.Increment(ref written), files.Count);
        });

        var workbooks = WriteProductionForms(histories, months);
        if (planter is not null)
        {
            planter.PlantFiles(options.OutDir, workbooks.Last());
            File.WriteAllText(Path.Combine(options.OutDir, DefectsManifest),
                JsonSerializer.Serialize(planter.Defects, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        return new SampleSummary(facilities.Count, files.Count + workbooks.Count, files.Sum(f => (long)f.Rows.Count),
            workbooks.Count, planter?.Defects.Count ?? 0, clock.Elapsed);
    }

    private IEnumerable<SampleFile> BudgetFilesFor(IReadOnlyList<FacilityHistory> histories, List<YearMonth> months)
    {
        var calendar = new KazakhstanCalendar(HolidayRules.FromSeeds(), options.From.Year, options.To.Year);
        var budget = new BudgetFiles(options.Seed, calendar);
        var files = new List<SampleFile>();
        foreach (var year in months.Select(m => m.Year).Distinct())
        {
            Report("budget", year - options.From.Year, options.To.Year - options.From.Year + 1);
            var revisions = budget.RevisionCount(year);
            var open = histories.Where(h => h.Facility.IsOpenOn(new DateOnly(year, 1, 1))).ToList();
            var plans = new List<List<PlanLine>>[open.Count];
            var payments = new List<BudgetFiles.Payment>[open.Count];
            Parallel.For(0, open.Count, i =>
            {
                plans[i] = budget.PlanRevisions(open[i], year, revisions);
                payments[i] = budget.Payments(open[i].Facility, year, plans[i][^1], months);
            });
            for (var r = 0; r <= revisions; r++)
                files.Add(BudgetFiles.PlanFile(year, r, plans.SelectMany(p => p[r])));
            var byMonth = payments.SelectMany(p => p).ToLookup(p => YearMonth.Of(p.Date));
            files.AddRange(months.Where(m => m.Year == year).Select(m => BudgetFiles.ExecFile(m, byMonth[m])));
        }
        return files;
    }

    private List<string> WriteProductionForms(IReadOnlyList<FacilityHistory> histories, List<YearMonth> months)
    {
        var forms = new ProductionForms(options.Seed);
        var newProductFrom = RegisterFiles.NewProductDate(options.From, options.To);
        var work = (from h in histories
                    where h.Facility.HasProduction
                    from m in months
                    where h.Facility.IsOpenOn(m.Last)
                    select (History: h, Month: m)).ToList();
        var names = new string[work.Count];
        var done = 0;
        Parallel.For(0, work.Count, i =>
        {
            var (history, month) = work[i];
            names[i] = ProductionForm.FileName(history.Facility.Code, month);
            ProductionForms.Write(forms.Report(history, month, newProductFrom), Path.Combine(options.OutDir, names[i]));
            var n = Interlocked.Increment(ref done);
            if (n % 50 == 0 || n == work.Count)
                Report("production forms", n, work.Count);
        });
        return names.Order(StringComparer.Ordinal).ToList();
    }

    private void Report(string stage, int done, int total) => progress?.Report(new SampleProgress(stage, done, total));
}
