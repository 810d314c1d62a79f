package io.ipcase.bench.minimal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** the one endpoint of the minimal app */
@Path("/hello")
public class Hello {

    @GET
    public String hello() {
        return "hello";
    }
}
