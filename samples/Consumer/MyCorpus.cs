using DomainKit;

namespace Consumer;

// The generator fills this class from the files in MyCorpus/, in this namespace and with this visibility.
[DomainCorpus("MyCorpus")]
internal static partial class MyCorpus;
