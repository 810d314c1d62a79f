package io.ipcase.kit.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page of a list says where the others are (RFC 8288 {@code Link}: first, prev, next, last), with the request's
 * own filters and sort kept, so that a client walks a list without building addresses.
 */
public class PageLinks {

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && response.getEntity() instanceof Page<?> page && page.size() > 0) {
            response.getHeaders().putSingle("Link", links(request.getUriInfo().getRequestUriBuilder(), page));
        }
    }

    static String links(UriBuilder request, Page<?> page) {
        long last = page.total() == 0 ? 0 : (page.total() - 1) / page.size();
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(request, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(request, page.page() + 1, page.size(), "next"));
        }
        links.add(link(request, last, page.size(), "last"));
        return String.join(", ", links);
    }

    private static String link(UriBuilder request, long page, int size, String rel) {
        return "<" + request.clone().replaceQueryParam("page", page).replaceQueryParam("size", size).build() + ">; rel=\"" + rel + "\"";
    }
}
