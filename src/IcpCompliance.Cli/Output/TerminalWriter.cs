using System.IO;
using System.Text;

namespace IcpCompliance.Cli.Output;

/// <summary>
/// The output boundary of every command: the standard output and error are written through this writer, which lets
/// line breaks through and replaces every other unsafe character (<see cref="TerminalText.IsUnsafe"/>, broken
/// surrogates) with '?', whatever code wrote it, and cuts any line at <see cref="TerminalText.MaxLine"/>. Text from
/// the input is also quoted with <see cref="TerminalText.Quote"/> where it is printed, which removes its line breaks
/// and cuts it much shorter; this writer is the backstop that holds for everything else.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    private int _column;
    private char _pendingHigh;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (_pendingHigh != '\0')
        {
            char high = _pendingHigh;
            _pendingHigh = '\0';
            if (char.IsLowSurrogate(value))
            {
                bool unsafePair = TerminalText.IsUnsafe(char.ConvertToUtf32(high, value));
                Emit(unsafePair ? TerminalText.Replacement : high);
                Emit(unsafePair ? TerminalText.Replacement : value);
                return;
            }

            Emit(TerminalText.Replacement);
        }

        switch (value)
        {
            case '\n':
                inner.WriteLine();
                _column = 0;
                break;
            case '\r':
                // Part of a line break written as CR LF; a lone one would move the cursor back over the line.
                break;
            case var c when char.IsHighSurrogate(c):
                _pendingHigh = c;
                break;
            case var c when char.IsLowSurrogate(c) || TerminalText.IsUnsafe(c):
                Emit(TerminalText.Replacement);
                break;
            default:
                Emit(value);
                break;
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (char c in value)
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        for (int i = index; i < index + count; i++)
        {
            Write(buffer[i]);
        }
    }

    public override void WriteLine() => Write('\n');

    public override void WriteLine(string? value)
    {
        Write(value);
        Write('\n');
    }

    public override void Flush()
    {
        if (_pendingHigh != '\0')
        {
            _pendingHigh = '\0';
            Emit(TerminalText.Replacement);
        }

        inner.Flush();
    }

    private void Emit(char c)
    {
        if (_column < TerminalText.MaxLine)
        {
            inner.Write(c);
        }
        else if (_column == TerminalText.MaxLine)
        {
            inner.Write(TerminalText.Cut);
        }

        _column++;
    }
}
