"""Pages of API lists."""

from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    """Pages of 20; the schema of a page in OpenAPI 3.1 (DRF's own still says `nullable`, from OpenAPI 3.0)."""

    page_size = 20

    def get_paginated_response_schema(self, schema):
        page_link = {"type": ["string", "null"], "format": "uri"}
        return {
            "type": "object",
            "required": ["count", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer"},
                "next": page_link,
                "previous": page_link,
                "results": schema,
            },
        }
