using ClosedXML.Excel;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary>
/// One П-1 workbook per colony and month: the products it makes (agriculture only in season),
/// output against plan, sales (a good part inside the system), and the labour block.
/// </summary>
public sealed class ProductionForms(int seed)
{
    private static readonly Lazy<List<Dictionary<string, string>>> Catalogue =
        new(() => CsvText.Parse(SqlResources.Read("seeds/products.csv")));

    private static readonly string[] Categories = ["garments", "metalwork", "woodwork", "building_materials", "bakery", "agriculture"];

    public FormContent Report(FacilityHistory history, YearMonth month, DateOnly? newProductFrom)
    {
        var f = history.Facility;
        var profile = SampleRandom.For(seed, "production-profile", f.Code);
        var categories = Categories.Where(_ => profile.Chance(0.4)).DefaultIfEmpty("garments").Take(3).ToList();
        var products = Catalogue.Value.Where(p => categories.Contains(p["category"]) && profile.Chance(0.45)).ToList();
        if (products.Count == 0) products.Add(Catalogue.Value[0]);
        if (categories.Contains("garments") && month.First >= newProductFrom)
            products.Add(new() { ["product_code"] = RegisterFiles.NewProduct.Code, ["name_ru"] = RegisterFiles.NewProduct.Ru, ["unit"] = RegisterFiles.NewProduct.Unit, ["category"] = "garments" });

        var random = SampleRandom.For(seed, "production", f.Code, month);
        var lines = new List<ProductLine>();
        var size = f.CapacityOn(month.Last) / 800.0;
        foreach (var p in products)
        {
            if (IsSeasonalCrop(p["product_code"]) && month.Month is < 7 or > 10)
                continue;
            var price = (decimal)Math.Round(BasePrice(p["product_code"], p["unit"]) * Math.Pow(1.08, month.Year - 2019), 2);
            var planValue = SampleRandom.For(seed, "production-scale", f.Code, p["product_code"]).Uniform(0.8e6, 6e6) * size;
            var planQty = Math.Max(1, Math.Round((decimal)planValue / price, 0));
            var outputQty = Math.Round(planQty * (decimal)random.Uniform(0.75, 1.15), 0);
            var soldQty = Math.Round(outputQty * (decimal)random.Uniform(0.8, 1.0), 0);
            var soldValue = soldQty * price;
            lines.Add(new ProductLine(p["product_code"], p["name_ru"], p["unit"], planQty, planQty * price, outputQty,
                outputQty * price, soldQty, soldValue, Math.Round(soldValue * (decimal)random.Uniform(0.3, 0.8), 2)));
        }

        var stock = history.On(month.Last)?.HeldTotal ?? 0;
        var able = (int)Math.Round(stock * random.Uniform(0.6, 0.75));
        var employed = (int)Math.Round(able * Math.Clamp(profile.Uniform(0.32, 0.70) + random.Normal(0, 0.01), 0.30, 0.72));
        var enbek = (int)Math.Round(employed * 0.6);
        var privateFirms = (int)Math.Round(employed * 0.25);
        var wage = Math.Min(85_000, profile.Uniform(22_000, 45_000) * Math.Pow(1.1, month.Year - 2019));
        var wageFund = Math.Round((decimal)(employed * wage), 2);
        var labour = new LabourFigures(able, employed, enbek, privateFirms, employed - enbek - privateFirms, wageFund,
            Math.Round(wageFund * (decimal)random.Uniform(0.15, 0.35), 2));
        return new FormContent(f, month, lines, labour);
    }

    private static bool IsSeasonalCrop(string code) =>
        code.StartsWith("AG-", StringComparison.Ordinal) && int.Parse(code[3..], System.Globalization.CultureInfo.InvariantCulture) <= 6;

    private static double BasePrice(string code, string unit)
    {
        var r = SampleRandom.For(0, "price", code);
        return unit switch
        {
            "pcs" => r.Uniform(500, 60_000),
            "pair" => r.Uniform(3_000, 12_000),
            "set" => r.Uniform(8_000, 25_000),
            "m" => r.Uniform(3_000, 9_000),
            "m2" => r.Uniform(3_000, 15_000),
            "m3" => r.Uniform(20_000, 60_000),
            "t" => r.Uniform(80_000, 400_000),
            "kg" => r.Uniform(300, 3_000),
            _ => r.Uniform(300, 500),
        };
    }

    /// <summary>Writes the form. Odd-numbered facilities lay it out one row lower, as forms filled by hand do.</summary>
    public static void Write(FormContent report, string path)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(ProductionForm.SheetName);
        var row = 1 + report.Facility.Index % 2;
        sheet.Cell(row, 1).Value = "Форма П-1. Отчет о производственной деятельности и трудовой занятости осужденных";
        row += 2;
        Pair(sheet, row++, ProductionForm.FacilityCode, report.Facility.Code);
        Pair(sheet, row++, ProductionForm.Period, $"{report.Month.Month:00}.{report.Month.Year}");
        Pair(sheet, row++, ProductionForm.Branch, report.Facility.Branch ?? "");
        row++;
        for (var c = 0; c < ProductionForm.ProductColumns.Count; c++)
            sheet.Cell(row, c + 1).Value = ProductionForm.ProductColumns[c];
        foreach (var p in report.Products)
        {
            row++;
            sheet.Cell(row, 1).SetValue(p.Code);
            sheet.Cell(row, 2).SetValue(p.Name);
            sheet.Cell(row, 3).SetValue(p.Unit);
            decimal[] numbers = [p.PlanQty, p.PlanValue, p.OutputQty, p.OutputValue, p.SoldQty, p.SoldValue, p.InternalValue];
            for (var i = 0; i < numbers.Length; i++)
                sheet.Cell(row, 4 + i).Value = numbers[i];
        }
        row += 3;
        sheet.Cell(row++, 1).Value = "Трудовая занятость осужденных";
        var l = report.Labour;
        decimal[] labour = [l.AbleBodied, l.Employed, l.Enbek, l.Private, l.Household, l.WageFund, l.Deductions];
        for (var i = 0; i < labour.Length; i++)
            Pair(sheet, row++, ProductionForm.LabourLabels[i], labour[i]);
        workbook.SaveAs(path);
    }

    private static void Pair(IXLWorksheet sheet, int row, string label, object value)
    {
        sheet.Cell(row, 1).Value = label;
        if (value is string s) sheet.Cell(row, 2).SetValue(s);
        else sheet.Cell(row, 2).Value = value;
    }
}
