package cn.lvzhi.lists.sheets;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.Paging;
import cn.lvzhi.org.CurrentScopedActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/**
 * GraphQL side of the Excel imports (清单导入): their progress and errors. The upload itself is REST
 * ({@code POST /api/lists/imports}), because it carries a file.
 */
@GraphQLApi
@Authenticated
@ApiErrors
public class ListImportGraphQLApi {
    private final CurrentScopedActor currentActor;
    private final ListImportService imports;

    public ListImportGraphQLApi(CurrentScopedActor currentActor, ListImportService imports) {
        this.currentActor = currentActor;
        this.imports = imports;
    }

    @Query("listImport")
    @NonNull
    @Description("One import of the caller's unit, with its progress; poll it while IMPORTING")
    public Uni<ListImport> listImport(@NonNull @Id Long id) {
        return currentActor.get().chain(actor -> imports.get(actor, id));
    }

    @Query("listImports")
    @NonNull
    @Description("The caller's unit's newest imports (first: 1..200, default 50)")
    public Uni<List<@NonNull ListImport>> listImports(Integer first) {
        return currentActor.get().chain(actor -> imports.recent(actor, Paging.pageSize(first)));
    }

    @NonNull
    @Description("The problems found, in sheet order (first: 1..200, default 50); the errors sheet has them all")
    public List<@NonNull ImportError> errors(@Source ListImport job, @DefaultValue("50") Integer first) {
        int n = Paging.pageSize(first);
        List<ImportError> all = job.errors.items();
        return all.size() > n ? all.subList(0, n) : all;
    }
}
