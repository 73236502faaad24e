using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CorrAnalytics.Reports.Excel;

/// <summary>
/// Formula cells with the value a spreadsheet application computes for them, written into the saved
/// file as the cells' cached values: Protected View, previews, web viewers and programs that read
/// values see the figures, and the workbook still recalculates when an input changes. ClosedXML 0.95
/// writes formulas without values (its evaluator needs about a minute for the national budget
/// workbook), so the values come from the model that writes the formulas.
/// </summary>
public sealed class FormulaValues
{
    private readonly Dictionary<string, Dictionary<string, double>> _sheets = new(StringComparer.Ordinal);

    public int Count => _sheets.Values.Sum(s => s.Count);

    public void Set(IXLCell cell, string formula, decimal value)
    {
        cell.FormulaA1 = formula;
        if (!_sheets.TryGetValue(cell.Worksheet.Name, out var cells))
            _sheets[cell.Worksheet.Name] = cells = new(StringComparer.Ordinal);
        cells[cell.Address.ToStringRelative()] = (double)value;
    }

    /// <summary>Saves the workbook with every recorded formula's value cached; a formula left without one is an error.</summary>
    public byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var part = document.WorkbookPart!;
            foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
            {
                _sheets.TryGetValue(sheet.Name!.Value!, out var values);
                var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet;
                foreach (var cell in worksheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
                {
                    if (values is null || !values.TryGetValue(cell.CellReference!.Value!, out var value))
                        throw new InvalidOperationException($"The formula in {sheet.Name}!{cell.CellReference} has no computed value.");
                    cell.CellValue = new CellValue(value);
                    cell.DataType = null;
                }
                worksheet.Save();
            }
        }
        return stream.ToArray();
    }
}
