using System;
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
/// <remarks>Each call is sanitised into a buffer and handed to the inner writer in one write (one per
/// <see cref="ChunkSize"/> characters): the console's writer flushes on every write, and a write per character cost
/// a system call per character (79 s of system time for 47 MB of output). A high surrogate at the end of one call
/// waits for the next, so a pair written in two calls is kept, and a line is never cut between the two halves of a
/// pair.</remarks>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    /// <summary>The most characters handed to the inner writer in one write.</summary>
    internal const int ChunkSize = 4096;

    private readonly char[] _buffer = new char[ChunkSize];
    private int _buffered;
    private int _column;
    private char _pendingHigh;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        foreach (char value in buffer)
        {
            if (_pendingHigh != '\0')
            {
                char high = _pendingHigh;
                _pendingHigh = '\0';
                if (char.IsLowSurrogate(value))
                {
                    if (TerminalText.IsUnsafe(char.ConvertToUtf32(high, value)))
                    {
                        Emit(TerminalText.Replacement);
                        Emit(TerminalText.Replacement);
                    }
                    else
                    {
                        EmitPair(high, value);
                    }

                    continue;
                }

                Emit(TerminalText.Replacement);
            }

            switch (value)
            {
                case '\n':
                    foreach (char c in inner.NewLine)
                    {
                        Buffer(c);
                    }

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

        WriteBuffered();
    }

    public override void WriteLine() => Write('\n');

    public override void WriteLine(string? value) => WriteLine(value.AsSpan());

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        Write(buffer);
        Write('\n');
    }

    public override void Flush()
    {
        if (_pendingHigh != '\0')
        {
            _pendingHigh = '\0';
            Emit(TerminalText.Replacement);
            WriteBuffered();
        }

        inner.Flush();
    }

    private void Emit(char c)
    {
        if (_column < TerminalText.MaxLine)
        {
            Buffer(c);
        }
        else if (_column == TerminalText.MaxLine)
        {
            foreach (char cut in TerminalText.Cut)
            {
                Buffer(cut);
            }
        }

        _column++;
    }

    // A pair that does not fit whole before the bound is cut whole: half of one is a broken character, which the
    // terminal shows as garbage or the encoder replaces.
    private void EmitPair(char high, char low)
    {
        if (_column == TerminalText.MaxLine - 1)
        {
            _column++;
        }

        Emit(high);
        Emit(low);
    }

    private void Buffer(char c)
    {
        if (_buffered == _buffer.Length)
        {
            WriteBuffered();
        }

        _buffer[_buffered++] = c;
    }

    private void WriteBuffered()
    {
        if (_buffered > 0)
        {
            inner.Write(_buffer, 0, _buffered);
            _buffered = 0;
        }
    }
}
