package nl.integraletoegang.query.overtreder;

import org.springframework.stereotype.Controller;

/** Breaks the query side's room on purpose, for {@code ArchitectuurTest}: a page served by the query side. */
@Controller
public class LeeskantMetPagina {
}
