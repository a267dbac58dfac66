using System.Globalization;

namespace MedRec.Portal.Benchmarks.ScaleOut;

/// <summary>
/// A whole nginx.conf for loopback with the same proxy settings as deploy/nginx/medrec.conf (sticky upstream by client
/// address for Blazor circuits, WebSocket upgrade, forwarded headers, no buffering for server-sent events), and every
/// file nginx writes under <c>root</c>, so it runs unprivileged beside the test.
/// </summary>
internal static class NginxConfig
{
    public static string ForLoopback(int port, IEnumerable<string> upstreams, string root)
    {
        var servers = string.Join("\n", upstreams.Select(u => $"        server {u};"));
        return string.Create(CultureInfo.InvariantCulture, $$"""
            # As root, nginx's workers would run as nobody, who cannot write the scratch folder's temp paths.
            user root;
            worker_processes 1;
            pid {{root}}/nginx.pid;
            error_log stderr warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{root}}/body;
                proxy_temp_path {{root}}/proxy;
                fastcgi_temp_path {{root}}/fastcgi;
                uwsgi_temp_path {{root}}/uwsgi;
                scgi_temp_path {{root}}/scgi;
                map $http_upgrade $connection_upgrade {
                    default upgrade;
                    ''      close;
                }
                upstream portal {
                    ip_hash;
            {{servers}}
                }
                server {
                    listen 127.0.0.1:{{port}};
                    client_max_body_size 25m;
                    location / {
                        proxy_pass         http://portal;
                        proxy_http_version 1.1;
                        proxy_set_header   Upgrade $http_upgrade;
                        proxy_set_header   Connection $connection_upgrade;
                        proxy_set_header   Host $host;
                        proxy_set_header   X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header   X-Forwarded-Proto $scheme;
                        proxy_read_timeout 3600s;
                        proxy_buffering    off;
                        proxy_request_buffering off;
                    }
                }
            }
            """);
    }
}
