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

    /// <summary>Splits text into records (see <see cref="Records"/>).</summary>
    public static List<CsvRecord> Split(string text, char delimiter) => Records(new StringReader(text), delimiter).ToList();

    /// <summary>
    /// Reads records one by one (RFC 4180): a field may be quoted, "" inside quotes is one quote,
    /// quoted fields may hold the delimiter and line breaks; CRLF and LF both end a record. Each
    /// record keeps its first line number, its raw text, and whether it ended with a line break or
    /// inside an open quote (a truncated file). Only the current record is held in memory.
    /// </summary>
    public static IEnumerable<CsvRecord> Records(TextReader reader, char delimiter)
    {
        var input = new CharSource(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        var raw = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        int next;
        while ((next = input.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                raw.Append(c);
                if (c == '"' && input.Peek() == '"')
                {
                    raw.Append((char)input.Read());
                    field.Append('"');
                }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (raw.Length > 0 && raw[^1] == '\r')
                    raw.Length--;
                yield return new CsvRecord(recordLine, raw.ToString(), fields, true, false);
                raw.Clear();
                fields = [];
                line++;
                recordLine = line;
                continue;
            }
            raw.Append(c);
            if (c == '"' && field.Length == 0) quoted = true;
            else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && input.Peek() == '\n') { }
            else field.Append(c);
        }
        if (raw.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, raw.ToString().TrimEnd('\r'), fields, false, quoted);
        }
    }

    /// <summary>A text reader read a buffer at a time, with a look at the next character.</summary>
    private sealed class CharSource(TextReader reader)
    {
        private readonly char[] _buffer = new char[1 << 16];
        private int _position;
        private int _length;

        public int Read() => Fill() ? _buffer[_position++] : -1;

        public int Peek() => Fill() ? _buffer[_position] : -1;

        private bool Fill()
        {
            if (_position < _length)
                return true;
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            return _length > 0;
        }
    }
}
