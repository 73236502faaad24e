using System.Text;

namespace CorrAnalytics.Warehouse.Schema;

/// <summary>Reads a small RFC 4180 CSV text (the seeds) into records keyed by header name.</summary>
public static class CsvText
{
    public static List<Dictionary<string, string>> Parse(string text)
    {
        var lines = SplitRecords(text);
        if (lines.Count == 0)
            return [];
        var header = lines[0];
        return lines.Skip(1)
            .Where(fields => !(fields.Count == 1 && fields[0].Length == 0))
            .Select(fields => header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : ""))
                .ToDictionary(x => x.name, x => x.value))
            .ToList();
    }

    private static List<List<string>> SplitRecords(string text)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    records.Add(fields); fields = [];
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }
        return records;
    }
}
