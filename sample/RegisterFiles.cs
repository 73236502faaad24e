using CorrAnalytics.Etl.Common;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary>Register snapshots: facilities_YYYYMMDD.csv at the start and at each change; products_YYYYMMDD.csv.</summary>
public static class RegisterFiles
{
    /// <summary>A product the catalogue gains half-way through the period (codes are never reused).</summary>
    public static readonly (string Code, string Kk, string Ru, string Category, string Unit, string En) NewProduct =
        ("GR-012", "Қорғаныш маскасы", "Маска защитная", "garments", "pcs", "Protective mask");

    public static IEnumerable<SampleFile> Facilities(IReadOnlyList<SampleFacility> facilities, YearMonth from)
    {
        var dates = facilities.SelectMany(f => f.Changes.Select(c => c.On)).Append(from.First).Distinct().Order();
        foreach (var date in dates)
        {
            var file = new SampleFile($"facilities_{date:yyyyMMdd}.csv", FileKind.Facilities);
            foreach (var f in facilities.OrderBy(f => f.Code, StringComparer.Ordinal))
            {
                var closed = f.ClosedOn is { } c && c <= date ? SourceFormats.Iso(c) : "";
                file.Add(f.Code, f.NameKk, f.NameRu, f.Type, f.SecurityOn(date), f.Sex, f.RegionCode, f.DepartmentCode,
                    f.CapacityOn(date), f.OpenedOn, closed, f.NameEn);
            }
            yield return file;
        }
    }

    public static IEnumerable<SampleFile> Products(YearMonth from, YearMonth to)
    {
        var seed = CsvText.Parse(SqlResources.Read("seeds/products.csv"));
        var first = new SampleFile($"products_{from.First:yyyyMMdd}.csv", FileKind.Products);
        foreach (var p in seed)
            first.Add(p["product_code"], p["name_kk"], p["name_ru"], p["category"], p["unit"], p["name_en"]);
        yield return first;
        if (NewProductDate(from, to) is not { } added)
            yield break;
        var later = new SampleFile($"products_{added:yyyyMMdd}.csv", FileKind.Products);
        foreach (var row in first.Rows)
            later.Insert(later.Rows.Count, row);
        later.Add(NewProduct.Code, NewProduct.Kk, NewProduct.Ru, NewProduct.Category, NewProduct.Unit, NewProduct.En);
        yield return later;
    }

    /// <summary>When the catalogue gains <see cref="NewProduct"/>: half-way through a period of three months or more, else never.</summary>
    public static DateOnly? NewProductDate(YearMonth from, YearMonth to) =>
        from.MonthsUntil(to) < 2 ? null : from.AddMonths(from.MonthsUntil(to) / 2).First;
}
