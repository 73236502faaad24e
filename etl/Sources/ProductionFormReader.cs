using System.Globalization;
using System.IO.Compression;
using CorrAnalytics.Etl.Common;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Etl.Sources;

/// <summary>
/// Reads a П-1 workbook by its labels (DESIGN §3), wherever on the sheet they are. The form's
/// identity (facility, period, sheet, table header, labour labels) must be there, or the file is
/// refused whole; a bad product row or labour value is a row reject with its cell address.
/// </summary>
public static class ProductionFormReader
{
    private const long MaxUnpackedBytes = 50L * 1024 * 1024;

    /// <summary>Quantities and tenge are stored with 18 digits, 3 of them decimals: anything from here up is a typing error.</summary>
    private const decimal Largest = 1_000_000_000_000_000m;

    public static ParsedForm Read(byte[] bytes, IReadOnlySet<string> knownProducts)
    {
        using var package = Package(bytes);
        List<SheetCell>? cells;
        try
        {
            cells = XlsxSheetReader.Read(package, ProductionForm.SheetName);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new StructureException($"the workbook cannot be read ({e.GetType().Name}: {e.Message.Split('\n')[0]}); save it again as .xlsx");
        }
        if (cells is null)
            throw new StructureException(
                $"the workbook has no sheet named '{ProductionForm.SheetName}' (sheets: {string.Join(", ", XlsxSheetReader.SheetNames(package))})");
        return ReadSheet(new FormSheet(cells), knownProducts);
    }

    /// <summary>The package, once it is known to be a plain .xlsx: zip bombs, macros and external links are refused.</summary>
    private static ZipArchive Package(byte[] bytes)
    {
        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var unpacked = zip.Entries.Sum(e => e.Length);
            if (unpacked > MaxUnpackedBytes)
                throw new StructureException($"the workbook unpacks to {unpacked / 1024 / 1024:N0} MB; a П-1 form is far smaller, so it is refused as a possible zip bomb");
            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
                throw new StructureException("the workbook contains macros; save it as a plain .xlsx without macros");
            if (zip.Entries.Any(e => e.FullName.StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase)))
                throw new StructureException("the workbook links to other workbooks; paste the values and save it without external links");
            return zip;
        }
        catch (StructureException)
        {
            zip?.Dispose();
            throw;
        }
        catch (InvalidDataException)
        {
            zip?.Dispose();
            throw new StructureException("the file is not an .xlsx workbook (not a zip package; an encrypted or old .xls file looks like this)");
        }
    }

    private static ParsedForm ReadSheet(FormSheet sheet, IReadOnlySet<string> knownProducts)
    {
        var labels = new Dictionary<string, SheetCell>();
        foreach (var cell in sheet.Cells)
        {
            var text = cell.Text.Trim();
            if (text.Length > 0 && !labels.ContainsKey(text))
                labels[text] = cell;
        }
        var cells = new List<FormCell>();
        var rejects = new List<RowReject>();

        SheetCell Label(string label) => labels.TryGetValue(label, out var c)
            ? c
            : throw new StructureException($"the form has no cell labelled '{label}'");
        SheetCell Right(string label) => sheet.RightOf(Label(label));
        string HeaderValue(string label)
        {
            var value = Right(label);
            cells.Add(new FormCell(value.Address, "header", null, label, value.Text));
            return value.Text.Trim();
        }

        var facility = HeaderValue(ProductionForm.FacilityCode);
        if (facility.Length == 0)
            throw new StructureException($"'{ProductionForm.FacilityCode}' has no value");
        var periodText = HeaderValue(ProductionForm.Period);
        var period = Period(Right(ProductionForm.Period))
            ?? throw new StructureException($"'{ProductionForm.Period}' is '{periodText}', not a month written MM.YYYY");
        var branch = HeaderValue(ProductionForm.Branch);
        if (branch.Any(char.IsControl))
            throw new StructureException(
                $"BAD_TEXT: '{ProductionForm.Branch}' ({Right(ProductionForm.Branch).Address}) holds a control character " +
                $"(U+{(int)branch.First(char.IsControl):X4}), which no text of a form may contain");

        var products = ReadProducts(sheet, Label(ProductionForm.ProductColumns[0]), knownProducts, cells, rejects);
        var labour = ReadLabour(Right, cells, rejects);
        return new ParsedForm(facility, YearMonth.Of(period), branch, products.Rows, labour, cells, rejects, products.Read + 1);
    }

    /// <summary>
    /// The reporting month from its cell: text MM.YYYY, a date, or the number a spreadsheet makes
    /// of "01.2024" when typed into a cell (1.2024).
    /// </summary>
    private static DateOnly? Period(SheetCell cell)
    {
        if (cell is { IsDate: true, Number: { } serial and > -657435 and < 2958466 })
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)) is var d ? new DateOnly(d.Year, d.Month, 1) : null;
        if (cell.Number is { } number)
        {
            var value = (decimal)number;
            var month = (int)Math.Floor(value);
            var year = (int)Math.Round((value - month) * 10000);
            return month is >= 1 and <= 12 && year is >= 1990 and <= 2100 ? new DateOnly(year, month, 1) : null;
        }
        return DateOnly.TryParseExact("01." + cell.Text.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var period)
            ? period
            : null;
    }

    private static (List<ProductRow> Rows, int Read) ReadProducts(
        FormSheet sheet, SheetCell codeHeader, IReadOnlySet<string> knownProducts, List<FormCell> cells, List<RowReject> rejects)
    {
        var headerRow = codeHeader.Row;
        var columns = new Dictionary<string, int>();
        foreach (var cell in sheet.Row(headerRow))
            columns.TryAdd(cell.Text.Trim(), cell.Column);
        var missing = ProductionForm.ProductColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new StructureException($"the product table header on row {headerRow} lacks the column(s): {string.Join(", ", missing)}");

        var rows = new List<ProductRow>();
        var seen = new Dictionary<string, int>();
        var read = 0;
        for (var r = headerRow + 1; ; r++)
        {
            var code = sheet.Cell(r, columns[ProductionForm.ProductColumns[0]]).Text.Trim();
            if (code.Length == 0)
                break;
            read++;
            var values = new decimal[7];
            RowReject? problem = null;
            foreach (var (label, i) in ProductionForm.ProductColumns.Select((l, i) => (l, i)))
            {
                var cell = sheet.Cell(r, columns[label]);
                cells.Add(new FormCell(cell.Address, "product", r, label, cell.Text));
                if (i < 3)
                    continue;
                var (value, error) = Number(cell, label);
                problem ??= error;
                values[i - 3] = value;
            }
            var codeCell = sheet.Cell(r, columns[ProductionForm.ProductColumns[0]]).Address;
            if (problem is null && !knownProducts.Contains(code))
                problem = new RowReject(null, codeCell, ProductionForm.ProductColumns[0], code, code.Length > 0 && "=+-@".Contains(code[0]) ? "FORMULA_TEXT" : "UNKNOWN_CODE",
                    $"'{code}' is not a product of the catalogue");
            if (problem is null && seen.TryGetValue(code, out var firstRow))
                problem = new RowReject(null, codeCell, ProductionForm.ProductColumns[0], code, "DUPLICATE_ROW",
                    $"a second row for product {code} (the first, row {firstRow}, is kept)");
            if (problem is not null)
            {
                rejects.Add(problem);
                continue;
            }
            seen[code] = r;
            rows.Add(new ProductRow(r, code, values[0], values[1], values[2], values[3], values[4], values[5], values[6]));
        }
        return (rows, read);
    }

    private static LabourRow? ReadLabour(Func<string, SheetCell> valueOf, List<FormCell> cells, List<RowReject> rejects)
    {
        var values = new decimal[ProductionForm.LabourLabels.Count];
        RowReject? problem = null;
        for (var i = 0; i < values.Length; i++)
        {
            var cell = valueOf(ProductionForm.LabourLabels[i]);
            cells.Add(new FormCell(cell.Address, "labour", null, ProductionForm.LabourLabels[i], cell.Text));
            var (value, error) = Number(cell, ProductionForm.LabourLabels[i], wholeNumber: i < 5);
            problem ??= error;
            values[i] = value;
        }
        if (problem is not null)
        {
            rejects.Add(problem);
            return null;
        }
        return new LabourRow((int)values[0], (int)values[1], (int)values[2], (int)values[3], (int)values[4], values[5], values[6]);
    }

    private static (decimal Value, RowReject? Problem) Number(SheetCell cell, string label, bool wholeNumber = false)
    {
        var address = cell.Address;
        RowReject TooLarge() => new(null, address, label, cell.Text, "OUT_OF_RANGE",
            $"{label} is {cell.Text}, more than a П-1 form can report (under {Largest:N0})");
        decimal value;
        if (cell.Number is { } number)
        {
            if (Math.Abs(number) >= (double)Largest)
                return (0, TooLarge());
            value = (decimal)number;
        }
        else
        {
            var text = cell.Text.Trim().Replace(" ", "").Replace("\u00a0", "").Replace(',', '.');
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
                return (0, new RowReject(null, address, label, cell.Text, text.Length == 0 ? "MISSING_VALUE" : "BAD_NUMBER",
                    $"'{cell.Text}' in {label} is not a number"));
        }
        if (value < 0)
            return (0, new RowReject(null, address, label, cell.Text, "NEGATIVE_COUNT", $"{label} is negative ({value})"));
        if (value >= Largest || wholeNumber && value > int.MaxValue)
            return (0, TooLarge());
        if (wholeNumber && value != Math.Floor(value))
            return (0, new RowReject(null, address, label, cell.Text, "BAD_NUMBER", $"{label} must be a whole number, not {value}"));
        return (Math.Round(value, 3), null);
    }
}
