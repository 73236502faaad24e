using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Sample.Tests;

/// <summary>The national sample looks like the country's system (issue: realistic national sample data).</summary>
public class SampleRangeTests(NationalSample sample) : IClassFixture<NationalSample>
{
    private List<Dictionary<string, string>> LastRegister() => sample.Csv(sample.Names("facilities_*.csv").Last());

    private List<Dictionary<string, string>> MonthEnd(int year, int month)
    {
        var rows = sample.Csv($"population_{year}{month:00}.csv");
        var last = rows.Max(r => r["date"]);
        return rows.Where(r => r["date"] == last).ToList();
    }

    private static int Sum(IEnumerable<Dictionary<string, string>> rows, string column) => rows.Sum(r => int.Parse(r[column]));

    [Fact]
    public void The_register_has_78_institutions_of_the_expected_kinds_over_20_regions()
    {
        var register = sample.Csv(sample.Names("facilities_*.csv").First());
        Assert.Equal(78, register.Count);
        Assert.Equal(16, register.Count(r => r["facility_type"] == "sizo"));
        Assert.Equal(58, register.Count(r => r["facility_type"] == "colony"));
        Assert.Equal(6, register.Count(r => r["facility_type"] == "colony" && r["sex"] == "F"));
        Assert.Equal((1, 2, 1), (register.Count(r => r["facility_type"] == "juvenile"), register.Count(r => r["facility_type"] == "medical"), register.Count(r => r["facility_type"] == "prison")));
        Assert.Equal("full", register.Single(r => r["facility_type"] == "prison")["security_level"]);
        Assert.Equal(20, register.Select(r => r["region_code"]).Distinct().Count());
        Assert.All(register, r => Assert.InRange(int.Parse(r["capacity"]), 150, 1500));
        Assert.Superset(new HashSet<string> { "minimum", "medium", "maximum", "extraordinary", "mixed" },
            register.Where(r => r["facility_type"] == "colony").Select(r => r["security_level"]).ToHashSet());
    }

    [Fact]
    public void Successive_snapshots_show_a_closure_a_security_change_and_a_capacity_change()
    {
        var snapshots = sample.Names("facilities_*.csv").Select(n => sample.Csv(n).ToDictionary(r => r["facility_code"])).ToList();
        var first = snapshots[0];
        var last = snapshots[^1];
        Assert.True(snapshots.Count >= 4);
        Assert.Contains(last.Values, r => r["closed_on"] != "" && first[r["facility_code"]]["closed_on"] == "");
        Assert.Contains(last.Values, r => r["security_level"] != first[r["facility_code"]]["security_level"]);
        Assert.Contains(last.Values, r => r["capacity"] != first[r["facility_code"]]["capacity"]);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void Population_shares_stay_in_their_ranges(int year)
    {
        var rows = MonthEnd(year, 12);
        double total = Sum(rows, "held_total");
        Assert.InRange(total, year == 2024 ? 35_000 : 33_000, 42_000);
        Assert.InRange(Sum(rows, "held_pretrial") / total * 100, 12, 19);
        Assert.InRange(Sum(rows, "women") / total * 100, 5, 8);
        Assert.InRange(Sum(rows, "juveniles"), 40, 70);
        Assert.InRange(Sum(rows, "foreigners") / total * 100, 3, 5);
    }

    [Fact]
    public void Occupancy_is_mostly_60_to_110_percent_with_a_few_facilities_above_100()
    {
        var capacity = LastRegister().ToDictionary(r => r["facility_code"], r => double.Parse(r["capacity"]));
        var density = MonthEnd(2024, 12).Select(r => int.Parse(r["held_total"]) / capacity[r["facility_code"]] * 100).ToList();
        Assert.True(density.Count(d => d is >= 60 and <= 110) >= density.Count * 0.8);
        Assert.InRange(density.Count(d => d > 100), 1, 10);
    }

    [Fact]
    public void Month_end_stocks_follow_from_the_months_movements()
    {
        var before = MonthEnd(2024, 5).ToDictionary(r => r["facility_code"], r => int.Parse(r["held_total"]));
        var after = MonthEnd(2024, 6).ToDictionary(r => r["facility_code"], r => int.Parse(r["held_total"]));
        var net = sample.Csv("movements_202406.csv").GroupBy(r => r["facility_code"])
            .ToDictionary(g => g.Key, g => g.Sum(r => (r["movement"].StartsWith("admission") ? 1 : -1) * int.Parse(r["count"])));
        foreach (var (code, stock) in after)
            Assert.Equal(before[code] + net.GetValueOrDefault(code), stock);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void Yearly_movements_and_incidents_stay_in_their_ranges(int year)
    {
        var movements = Enumerable.Range(1, 12).SelectMany(m => sample.Csv($"movements_{year}{m:00}.csv")).ToList();
        int Count(Func<string, bool> kind) => movements.Where(r => kind(r["movement"])).Sum(r => int.Parse(r["count"]));
        double releases = Count(m => m.StartsWith("release_"));
        Assert.InRange(Count(m => m.StartsWith("admission_")), 13_500, 16_500);
        Assert.InRange(releases, 10_000, 14_000);
        Assert.InRange(Count(m => m == "release_parole") / releases * 100, 20, 30);

        var incidents = Enumerable.Range(1, 12).SelectMany(m => sample.Csv($"incidents_{year}{m:00}.csv")).ToList();
        int Persons(Func<string, bool> type) => incidents.Where(r => type(r["incident_type"])).Sum(r => int.Parse(r["persons"]));
        Assert.InRange(Persons(t => t.StartsWith("death_")), 40, 60);
        Assert.InRange(Persons(t => t == "death_suicide"), 5, 12);
        Assert.InRange(Persons(t => t == "escape"), 0, 3);
        Assert.True(Persons(t => t == "self_harm") > Persons(t => t.StartsWith("death_")));
        Assert.True(Persons(t => t == "contraband_seizure") > Persons(t => t == "self_harm"));
    }

    [Fact]
    public void One_month_has_an_amnesty_spike()
    {
        var byMonth = Enumerable.Range(0, 24).Select(i => new DateOnly(2023, 1, 1).AddMonths(i))
            .Select(m => sample.Csv($"movements_{m:yyyyMM}.csv").Where(r => r["movement"] == "release_amnesty").Sum(r => int.Parse(r["count"])))
            .ToList();
        Assert.Equal(1, byMonth.Count(n => n > 100));
        Assert.Equal(23, byMonth.Count(n => n == 0));
    }

    [Fact]
    public void Staffing_has_about_half_a_post_per_inmate_and_5_to_15_percent_vacant()
    {
        var staffing = sample.Csv("staffing_202412.csv");
        double established = Sum(staffing, "posts_established");
        Assert.InRange(established / Sum(MonthEnd(2024, 12), "held_total"), 0.4, 0.6);
        Assert.InRange((established - Sum(staffing, "posts_filled")) / established * 100, 5, 15);
    }

    [Fact]
    public void Budget_execution_tracks_cost_per_inmate_day_food_share_and_the_December_spike()
    {
        var payments = Enumerable.Range(1, 12).SelectMany(m => sample.Accounting($"budget_exec_2024{m:00}.csv")
            .Select(r => (Month: m, Row: r))).ToList();
        decimal Paid(Func<(int Month, Dictionary<string, string> Row), bool> where) =>
            payments.Where(where).Sum(p => SampleFolder.Amount(p.Row["Сумма"]));
        var inmateDays = Enumerable.Range(1, 12).SelectMany(m => sample.Csv($"population_2024{m:00}.csv")).Sum(r => (decimal)int.Parse(r["held_total"]));
        var current = Paid(p => p.Row["Источник"] == "РБ" && int.Parse(p.Row["Специфика"]) < 400);

        // 2,400 tenge in 2019 rising to about 7,500 in 2025: about 6,200 in 2024.
        Assert.InRange(current / inmateDays, 5_500m, 7_000m);
        Assert.InRange(Paid(p => p.Row["Специфика"] == "141") / current * 100, 25m, 35m);
        Assert.True(Paid(p => p.Month == 12) > 1.5m * Paid(p => p.Month == 6));
        Assert.True(Paid(p => p.Month == 1) < 0.7m * Paid(p => p.Month == 6));
        var perFacilityMonth = payments.GroupBy(p => (p.Month, p.Row["Код учреждения"])).Select(g => g.Count()).ToList();
        Assert.InRange(perFacilityMonth.Average(), 20, 60);
    }

    [Fact]
    public void Each_year_has_a_plan_and_one_or_two_revisions()
    {
        foreach (var year in new[] { 2023, 2024 })
            Assert.InRange(sample.Names($"budget_plan_{year}*.csv").Count(), 2, 3);
    }
}
