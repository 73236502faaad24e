using ClosedXML.Excel;
using CorrAnalytics.Etl.Common;

namespace CorrAnalytics.TestSupport;

/// <summary>A hand-made production form П-1: its header, products and labour blocks found by their labels, placed from any top-left cell.</summary>
public static class ProductionFormFile
{
    public const string Branch = "«Еңбек-Ақмола» филиалы";

    /// <param name="period">As the form writes it: "01.2024".</param>
    /// <param name="products">Each product's code and output; sold is 80 % of the output, internal use 40 %.</param>
    public static void Write(string path, int top, int left, string facility, string period, string branch, params (string Code, decimal Output)[] products)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(ProductionForm.SheetName);
        var r = top;
        sheet.Cell(r, left).Value = ProductionForm.FacilityCode; sheet.Cell(r++, left + 1).Value = facility;
        sheet.Cell(r, left).Value = ProductionForm.Period; sheet.Cell(r++, left + 1).Value = period;
        sheet.Cell(r, left).Value = ProductionForm.Branch; sheet.Cell(r++, left + 1).Value = branch;
        r += 2;
        for (var c = 0; c < ProductionForm.ProductColumns.Count; c++)
            sheet.Cell(r, left + c).Value = ProductionForm.ProductColumns[c];
        foreach (var (code, output) in products)
        {
            r++;
            sheet.Cell(r, left).Value = code;
            sheet.Cell(r, left + 1).Value = "x";
            sheet.Cell(r, left + 2).Value = "pcs";
            decimal[] numbers = [10, 1000, 9, output, 8, output * 0.8m, output * 0.4m];
            for (var i = 0; i < numbers.Length; i++)
                sheet.Cell(r, left + 3 + i).Value = numbers[i];
        }
        r += 4;
        decimal[] labour = [200, 120, 70, 30, 20, 6_000_000, 1_500_000];
        for (var i = 0; i < labour.Length; i++)
        {
            sheet.Cell(r + i, left + 3).Value = ProductionForm.LabourLabels[i];
            sheet.Cell(r + i, left + 4).Value = labour[i];
        }
        workbook.SaveAs(path);
    }
}
