using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus;
using DomainKit.Generators.Corpus.Linking;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Writes the part of the corpus's table that the catalogs alone give, first: the documents' and the actors' rows,
    /// their strings (so the first in the string pool) and the actors' alias lists. <see cref="CorpusTableWriter"/>
    /// writes the rest on from there, or from a copy of what the generator cached (<see cref="CatalogTables"/>).
    /// </summary>
    internal static class CatalogTableWriter
    {
        public static TableBuilder Write(EquatableArray<DocumentModel> documents, EquatableArray<ActorModel> actors, RuntimeVocabulary vocabulary)
        {
            var tables = new TableBuilder();
            foreach (var document in documents)
            {
                var row = tables.Row(Section.Documents, DocumentRow.Width)
                    .Set(DocumentRow.Id, tables.Strings.Add(document.Id))
                    .Set(DocumentRow.Title, tables.Strings.Add(document.Title))
                    .Set(DocumentRow.Outlet, document.Outlet)
                    .Set(DocumentRow.Text, tables.Strings.Add(document.Text));
                FieldValues.Date(row, DocumentRow.Published, document.Published);
                row.End();
            }

            foreach (var actor in actors)
            {
                tables.Row(Section.Actors, ActorRow.Width)
                    .Set(ActorRow.Id, tables.Strings.Add(actor.Id))
                    .Set(ActorRow.Name, tables.Strings.Add(actor.Name))
                    .Set(ActorRow.Kind, FieldValues.EnumValue(vocabulary.ActorKinds, actor.Kind))
                    .Set(ActorRow.Country, tables.Strings.Add(actor.Country))
                    .Set(ActorRow.MemberOf, actor.MemberOf)
                    .Set(ActorRow.Role, tables.Strings.Add(actor.Role))
                    .Set(ActorRow.Aliases, tables.Lists.Add(actor.Aliases.Select(tables.Strings.Add).ToList()))
                    .End();
            }

            return tables;
        }
    }
}
