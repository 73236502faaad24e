using System.Text;

namespace CorrAnalytics.Warehouse.Schema;

/// <summary>The product's one CSV reader: the seeds here, the inbox files in the ETL's pre-pass.</summary>
public static class CsvText
{
    /// <summary>A small CSV text with a header (the seeds) as records keyed by header name; blank lines are skipped.</summary>
    public static List<Dictionary<string, string>> Parse(string text)
    {
        var records = Split(text, ',');
        if (records.Count == 0)
            return [];
        var header = records[0].Fields;
        return records.Skip(1)
            .Where(r => !(r.Fields.Count == 1 && r.Fields[0].Length == 0))
            .Select(r => header.Select((name, i) => (name, value: i < r.Fields.Count ? r.Fields[i] : ""))
                .ToDictionary(x => x.name, x => x.value))
            .ToList();
    }

    /// <summary>
    /// Splits text into records (RFC 4180): a field may be quoted, "" inside quotes is one quote,
    /// quoted fields may hold the delimiter and line breaks; CRLF and LF both end a record. Each
    /// record keeps its first line number, its raw text, and whether it ended with a line break or
    /// inside an open quote (a truncated file).
    /// </summary>
    public static List<CsvRecord> Split(string text, char delimiter)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        var recordStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0) quoted = true;
            else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                var end = i > 0 && text[i - 1] == '\r' ? i - 1 : i;
                records.Add(new CsvRecord(recordLine, text[recordStart..end], fields, true, false));
                fields = [];
                line++;
                recordLine = line;
                recordStart = i + 1;
            }
            else field.Append(c);
        }
        if (recordStart < text.Length)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, text[recordStart..].TrimEnd('\r'), fields, false, quoted));
        }
        return records;
    }
}
